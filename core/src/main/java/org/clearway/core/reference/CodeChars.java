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

    /** Whether {@code s} is a decimal as written in declarations: {@code -?[0-9]+(\.[0-9]+)?}. */
    public static boolean decimal(String s) {
        int n = s.length(), i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int point = s.indexOf('.', i);
        if (point < 0) return n > i && digits(s, i, n);
        return point > i && point < n - 1 && digits(s, i, point) && digits(s, point + 1, n);
    }

    /** Whether {@code s} is a whole number of 1 to {@code maxDigits} digits, perhaps with a minus sign. */
    public static boolean integer(String s, int maxDigits) {
        int i = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        int n = s.length() - i;
        return n >= 1 && n <= maxDigits && digits(s, i, s.length());
    }

    /** Whether {@code s} has the shape of an ISO 8601 calendar date, YYYY-MM-DD (not whether the date exists). */
    public static boolean isoDateShape(String s) {
        return s.length() == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-' && digits(s, 8, 10);
    }
}
