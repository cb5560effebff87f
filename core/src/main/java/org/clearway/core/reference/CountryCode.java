package org.clearway.core.reference;

/** ISO 3166-1 alpha-2 country code. Whether it exists is checked against the reference data. */
public record CountryCode(String value) {
    public CountryCode {
        if (value == null || !(value.length() == 2 && CodeChars.capitals(value, 0, 2))) {
            throw new IllegalArgumentException("a country code is 2 capital letters (ISO 3166-1 alpha-2)");
        }
    }

    @Override public String toString() { return value; }
}
