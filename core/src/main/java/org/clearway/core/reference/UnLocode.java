package org.clearway.core.reference;

import java.util.regex.Pattern;

/** UN/LOCODE: 2-letter country and 3-character location, e.g. CNSHA (Shanghai), NLRTM (Rotterdam). */
public record UnLocode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    public UnLocode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a UN/LOCODE is 5 characters: a 2-letter country code and 3 letters or digits 2-9");
        }
    }

    public CountryCode country() { return new CountryCode(value.substring(0, 2)); }

    @Override public String toString() { return value; }
}
