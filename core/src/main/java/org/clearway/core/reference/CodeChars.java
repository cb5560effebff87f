package org.clearway.core.reference;

/**
 * The character classes codes are written in (ASCII capitals, digits), checked by a loop: code
 * value objects are made for every field of every declaration (a bulk import makes millions), and
 * a regular expression's matcher cost more than the rest of their construction.
 */
public final class CodeChars {
    private CodeChars() {}

    /** Whether {@code s[from, to)} are all capital letters A to Z. */
    public static boolean capitals(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    /** Whether {@code s[from, to)} are all digits 0 to 9. */
    public static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** Whether {@code s[from, to)} are all capital letters or digits. */
    public static boolean capitalsOrDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c < 'A' || c > 'Z') && (c < '0' || c > '9')) return false;
        }
        return true;
    }
}
