package org.clearway.formats.json;

/**
 * JSON escapes can spell a lone UTF-16 surrogate ({@code "\ud800"}), which no UTF-8 writer can put
 * out again. Values with one are refused; problem paths and messages that echo input get them replaced.
 */
final class Unicode {
    private Unicode() {
    }

    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /** The string with every unpaired surrogate replaced by U+FFFD. */
    static String clean(String s) {
        if (s == null || wellFormed(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
