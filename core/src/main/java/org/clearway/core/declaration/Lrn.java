package org.clearway.core.declaration;

/** Local Reference Number: the declarant's own reference for a declaration, unique per declarant. */
public record Lrn(String value) {
    public Lrn {
        if (value == null || !wellFormed(value)) {
            throw new IllegalArgumentException("an LRN is 1 to 35 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
    }

    /** 1 to 35 of A-Z, a-z, 0-9, '.', '_', '/', '-', the first a letter or digit (a loop, not a regex: see CodeChars). */
    private static boolean wellFormed(String value) {
        int n = value.length();
        if (n < 1 || n > 35) return false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '/' && c != '-')) return false;
        }
        return true;
    }

    @Override public String toString() { return value; }
}
