package org.clearway.core.screening;

/**
 * How alike two name tokens are, in [0, 1]: identical 1; an initial against a word starting with
 * it 0.8; the same transliteration skeleton 0.9; otherwise Jaro-Winkler when it is high enough to
 * be a typo (a few letters swapped, dropped or wrong), else 0.
 */
final class TokenSimilarity {
    static final double INITIAL = 0.8;
    static final double SAME_SKELETON = 0.9;
    static final double TYPO_FLOOR = 0.84;

    private TokenSimilarity() {}

    /** The letters a token holds, as bits (a..z; other letters bit 26), for {@link #couldBeAlike}; 0 when it holds a digit. */
    static int letters(String t) {
        int m = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') return 0; // a word with digits is alike only to itself
            m |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
        }
        return m;
    }

    /**
     * A cheap necessary condition for {@link #of} to be above 0 between two words (not initials):
     * lengths within a third of each other and at least half of their distinct letters shared, or the
     * same skeleton. Lets the index skip most Jaro-Winkler computations.
     */
    static boolean couldBeAlike(String a, int lettersA, String skA, String b, int lettersB, String skB) {
        if (skA.equals(skB)) return true;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) * 3 > Math.max(la, lb)) return false;
        return Integer.bitCount(lettersA & lettersB) * 2 >= Integer.bitCount(lettersA | lettersB);
    }

    static double of(String a, String skA, String b, String skB) {
        if (a.equals(b)) return 1.0;
        // numbers (vessel numbers, registration numbers) identify only when equal: 7861 is not 7862
        if (hasDigit(a) || hasDigit(b)) return 0.0;
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0) ? INITIAL : 0.0;
        double jw = jaroWinkler(a, b);
        // vowels are gone from a skeleton, so a short one is shared by unrelated words: ask for some letters in common too
        if (skA.length() >= 3 && jw >= 0.75 && skA.equals(skB)) return Math.max(SAME_SKELETON, jw);
        return jw >= TYPO_FLOOR ? jw : 0.0;
    }

    /** As {@link #of} for two words known to hold no digit and more than one letter each (the index checks). */
    static double ofWords(String a, String skA, String b, String skB) {
        if (a.equals(b)) return 1.0;
        double jw = jaroWinkler(a, b);
        if (skA.length() >= 3 && jw >= 0.75 && skA.equals(skB)) return Math.max(SAME_SKELETON, jw);
        return jw >= TYPO_FLOOR ? jw : 0.0;
    }

    static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
        return false;
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters). */
    static double jaroWinkler(String a, String b) {
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return 0.0;
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0, matchedB = 0; // bit sets; tokens longer than 64 fall back to arrays
        if (la > 64 || lb > 64) return jaroWinklerLong(a, b, window);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window), to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0, j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA & (1L << i)) == 0) continue;
            while ((matchedB & (1L << j)) == 0) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        return winkler(a, b, matches, transpositions / 2.0);
    }

    private static double jaroWinklerLong(String a, String b, int window) {
        int la = a.length(), lb = b.length();
        boolean[] ma = new boolean[la], mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window), to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && b.charAt(j) == a.charAt(i)) { ma[i] = true; mb[j] = true; matches++; break; }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0, j = 0;
        for (int i = 0; i < la; i++) {
            if (!ma[i]) continue;
            while (!mb[j]) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        return winkler(a, b, matches, transpositions / 2.0);
    }

    private static double winkler(String a, String b, int m, double t) {
        double jaro = (m / (double) a.length() + m / (double) b.length() + (m - t) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(i) == b.charAt(i); i++) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
