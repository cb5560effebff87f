package org.clearway.core.reference;

import java.util.regex.Pattern;

/** ISO 3166-1 alpha-2 country code. Whether it exists is checked against the reference data. */
public record CountryCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a country code is 2 capital letters (ISO 3166-1 alpha-2)");
        }
    }

    @Override public String toString() { return value; }
}
