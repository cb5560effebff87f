package org.clearway.core.declaration;

import org.clearway.core.reference.CodeChars;

/**
 * Movement Reference Number: the customs reference given on acceptance. 18 characters as in the EU
 * and WCO practice: 2-digit year, 2-letter country of the office, 13 unique characters and an
 * ISO 6346 check character.
 */
public record Mrn(String value) {
    public Mrn {
        if (value == null || !(value.length() == 18 && CodeChars.digits(value, 0, 2) && CodeChars.capitals(value, 2, 4) && CodeChars.capitalsOrDigits(value, 4, 17) && CodeChars.digits(value, 17, 18))) {
            throw new IllegalArgumentException("an MRN is 18 characters: year, country, 13 letters or digits and a check digit");
        }
        if (checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
            throw new IllegalArgumentException("the MRN's check digit is wrong");
        }
    }

    /** Builds the MRN for a year, country and unique sequence number. */
    public static Mrn of(int year, String country, long sequence) {
        String unique = Long.toString(sequence, 36).toUpperCase();
        if (unique.length() > 13) throw new IllegalArgumentException("sequence too large for an MRN");
        String body = String.format("%02d", year % 100) + country + "0".repeat(13 - unique.length()) + unique;
        return new Mrn(body + checkDigit(body));
    }

    public static boolean isWellFormed(String value) {
        try { new Mrn(value); return true; } catch (IllegalArgumentException e) { return false; }
    }

    /** ISO 6346 check digit, as used for EU MRNs: letters valued 10.. skipping multiples of 11. */
    static int checkDigit(String body) {
        long sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += charValue(body.charAt(i)) * (1L << i);
        }
        return (int) (sum % 11 % 10);
    }

    private static int charValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        int v = 10;
        for (char x = 'A'; x < c; x++) {
            v++;
            if (v % 11 == 0) v++;
        }
        return v;
    }

    @Override public String toString() { return value; }
}
