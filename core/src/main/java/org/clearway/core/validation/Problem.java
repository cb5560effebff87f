package org.clearway.core.validation;

/**
 * One thing wrong with a declaration: a stable machine code (e.g. {@code HS_CODE_UNKNOWN}), the path
 * of the element in the declaration's own field names (e.g. {@code items[2].hsCode}) and a message
 * a declarant can act on.
 */
public record Problem(String code, String path, String message) {
    public Problem {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a problem needs a code");
        if (path == null) path = "";
        if (message == null) message = code;
    }
}
