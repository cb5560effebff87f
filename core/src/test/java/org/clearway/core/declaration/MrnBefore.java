package org.clearway.core.declaration;

import org.clearway.core.reference.CodeChars;

/**
 * The MRN as it was made before it was written into one array (String.format, the check digit
 * counted letter by letter): the oracle MrnOfTest holds {@link Mrn#of} to, and the baseline of
 * the CPU figures. Not used by the application.
 */
public final class MrnBefore {
    private MrnBefore() {}

    /** The MRN's text, or an IllegalArgumentException where the old way refused. */
    public static String of(int year, String country, long sequence) {
        String unique = Long.toString(sequence, 36).toUpperCase();
        if (unique.length() > 13) throw new IllegalArgumentException("sequence too large for an MRN");
        String body = String.format("%02d", year % 100) + country + "0".repeat(13 - unique.length()) + unique;
        String value = body + checkDigit(body);
        checkAsTheConstructorDid(value);
        return value;
    }

    private static void checkAsTheConstructorDid(String value) {
        if (!(value.length() == 18 && CodeChars.digits(value, 0, 2) && CodeChars.capitals(value, 2, 4) && CodeChars.capitalsOrDigits(value, 4, 17) && CodeChars.digits(value, 17, 18))) {
            throw new IllegalArgumentException("an MRN is 18 characters: year, country, 13 letters or digits and a check digit");
        }
        if (checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
            throw new IllegalArgumentException("the MRN's check digit is wrong");
        }
    }

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
}
