package org.clearway.core.declaration;

import org.clearway.core.reference.CodeChars;

/**
 * Movement Reference Number: the customs reference given on acceptance. 18 characters as in the EU
 * and WCO practice: 2-digit year, 2-letter country of the office, 13 unique characters and an
 * ISO 6346 check character.
 */
public record Mrn(String value) {
    private static final String WRONG_FORM = "an MRN is 18 characters: year, country, 13 letters or digits and a check digit";
    /** ISO 6346 values of the capitals: letters valued 10.. skipping multiples of 11 (A=10, B=12, ... Z=38). */
    private static final int[] LETTER_VALUES = new int[26];
    private static final char[] BASE_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    static {
        int v = 10;
        for (int i = 0; i < 26; i++) {
            LETTER_VALUES[i] = v;
            v++;
            if (v % 11 == 0) v++;
        }
    }

    public Mrn {
        if (value == null || !(value.length() == 18 && CodeChars.digits(value, 0, 2) && CodeChars.capitals(value, 2, 4) && CodeChars.capitalsOrDigits(value, 4, 17) && CodeChars.digits(value, 17, 18))) {
            throw new IllegalArgumentException(WRONG_FORM);
        }
        if (checkDigit(value, 17) != value.charAt(17) - '0') {
            throw new IllegalArgumentException("the MRN's check digit is wrong");
        }
    }

    /**
     * Builds the MRN for a year, country and unique sequence number. Written into one array rather
     * than formatted: a bulk import makes one per consignment (MrnOfTest holds it to the formatted way).
     */
    public static Mrn of(int year, String country, long sequence) {
        // As the formatted way refused them: a negative year or sequence, or a country not two capitals, is no MRN.
        int yy = year % 100;
        if (yy < 0 || sequence < 0 || country == null || country.length() != 2 || !CodeChars.capitals(country, 0, 2)) {
            throw new IllegalArgumentException(WRONG_FORM);
        }
        char[] c = new char[18];
        c[0] = (char) ('0' + yy / 10);
        c[1] = (char) ('0' + yy % 10);
        c[2] = country.charAt(0);
        c[3] = country.charAt(1);
        // 13 base-36 digits, zero-padded: Long.MAX_VALUE itself takes 13, so every sequence fits.
        long s = sequence;
        for (int i = 16; i >= 4; i--) {
            c[i] = BASE_36[(int) (s % 36)];
            s /= 36;
        }
        long sum = 0;
        for (int i = 0; i < 17; i++) sum += (long) charValue(c[i]) << i;
        c[17] = (char) ('0' + (int) (sum % 11 % 10));
        return new Mrn(new String(c));
    }

    public static boolean isWellFormed(String value) {
        try { new Mrn(value); return true; } catch (IllegalArgumentException e) { return false; }
    }

    /** ISO 6346 check digit, as used for EU MRNs: letters valued 10.. skipping multiples of 11. */
    static int checkDigit(String body) {
        return checkDigit(body, body.length());
    }

    /** The check digit of the first {@code length} characters of {@code s}. */
    private static int checkDigit(String s, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            sum += charValue(s.charAt(i)) * (1L << i);
        }
        return (int) (sum % 11 % 10);
    }

    private static int charValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'Z') return LETTER_VALUES[c - 'A'];
        // Not a character of an MRN (the constructor refuses it): valued as the counting way values it.
        int v = 10;
        for (char x = 'A'; x < c; x++) {
            v++;
            if (v % 11 == 0) v++;
        }
        return v;
    }

    @Override public String toString() { return value; }
}
