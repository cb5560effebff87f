package org.clearway.formats.json;

import java.util.Random;

/**
 * Text for the writers' differential tests: every character class a JSON writer treats apart (control
 * characters, quote, backslash, slash, DEL, Latin-1, the rest of the BMP, U+2028, paired and lone
 * surrogates), or any UTF-16 code unit at all.
 */
final class AwkwardText {
    private static final String CLASSES = "aZ09 /\"\\\u007f\u0080é½×€Ж中\u2028\u2029\ufffe\uffff\ud834\udd1e\ud83d\ude00";

    private AwkwardText() {}

    static String of(Random random) {
        int n = random.nextInt(40);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(0x20));
                case 1 -> s.append((char) random.nextInt(0x10000));
                case 2 -> s.append((char) (0xd800 + random.nextInt(0x800)));
                default -> s.append(CLASSES.charAt(random.nextInt(CLASSES.length())));
            }
        }
        return s.toString();
    }

    /** ASCII only, with every character JSON escapes: the writers' all-ASCII way. */
    static String ascii(Random random) {
        int n = random.nextInt(40);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x20) : random.nextInt(0x80)));
        return s.toString();
    }

    /** Mostly plain text, as nearly all real fields are; now and then awkward, in ASCII or not. */
    static String mostlyPlain(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> of(random);
            case 1, 2 -> ascii(random);
            default -> "plain text " + random.nextInt(1000);
        };
    }
}
