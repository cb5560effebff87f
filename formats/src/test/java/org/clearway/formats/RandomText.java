package org.clearway.formats;

import java.util.Random;

/** Random text for the seeded round-trip generators: each character one {@code nextInt} on the given random. */
public final class RandomText {
    public static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final String DIGITS = "0123456789";

    private RandomText() {}

    /** {@code n} characters drawn from {@code alphabet}. */
    public static String draw(Random random, String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }

    public static String letters(Random random, int n) { return draw(random, LETTERS, n); }

    public static String digits(Random random, int n) { return draw(random, DIGITS, n); }

    /** Free text of 1 to {@code maxLength} characters from {@code alphabet}; a blank draw becomes "x". */
    public static String nonBlank(Random random, String alphabet, int maxLength) {
        String s = draw(random, alphabet, 1 + random.nextInt(maxLength));
        return s.isBlank() ? "x" : s;
    }

    /** A code or reference: a letter, then up to {@code maxLength - 1} digits. */
    public static String code(Random random, int maxLength) {
        return letters(random, 1) + digits(random, random.nextInt(maxLength));
    }
}
