package org.clearway.core.profile;

/** Why an expression was refused, and where: line and column count from 1, as an editor shows them. */
public record ExpressionError(int line, int column, String message) {
    @Override public String toString() { return "line " + line + ", column " + column + ": " + message; }
}
