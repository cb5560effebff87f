package org.clearway.core.reference;

/** UN/LOCODE: 2-letter country and 3-character location, e.g. CNSHA (Shanghai), NLRTM (Rotterdam). */
public record UnLocode(String value) {
    public UnLocode {
        if (value == null || !(value.length() == 5 && CodeChars.capitals(value, 0, 2) && locationChars(value))) {
            throw new IllegalArgumentException("a UN/LOCODE is 5 characters: a 2-letter country code and 3 letters or digits 2-9");
        }
    }

    public CountryCode country() { return new CountryCode(value.substring(0, 2)); }

    @Override public String toString() { return value; }

    /** The location part: capitals or the digits 2 to 9. */
    private static boolean locationChars(String value) {
        for (int i = 2; i < 5; i++) {
            char c = value.charAt(i);
            if ((c < 'A' || c > 'Z') && (c < '2' || c > '9')) return false;
        }
        return true;
    }
}
