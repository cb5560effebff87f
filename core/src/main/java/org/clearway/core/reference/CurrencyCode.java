package org.clearway.core.reference;

/** ISO 4217 alphabetic currency code. Whether it exists is checked against the reference data. */
public record CurrencyCode(String value) {
    public CurrencyCode {
        if (value == null || !(value.length() == 3 && CodeChars.capitals(value, 0, 3))) {
            throw new IllegalArgumentException("a currency code is 3 capital letters (ISO 4217)");
        }
    }

    @Override public String toString() { return value; }
}
