package org.clearway.core.screening;

/** Something wrong in a list file: where (line, 1-based; 0 for the whole file), a stable code, and what. */
public record ListProblem(int line, String code, String message) {
}
