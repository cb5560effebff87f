package org.clearway.core.declaration;

import java.util.regex.Pattern;

/** Local Reference Number: the declarant's own reference for a declaration, unique per declarant. */
public record Lrn(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,34}");

    public Lrn {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an LRN is 1 to 35 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
    }

    @Override public String toString() { return value; }
}
