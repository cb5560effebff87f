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
}
