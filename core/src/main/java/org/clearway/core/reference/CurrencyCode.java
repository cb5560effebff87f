package org.clearway.core.reference;

import java.util.regex.Pattern;

/** ISO 4217 alphabetic currency code. Whether it exists is checked against the reference data. */
public record CurrencyCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}");

    public CurrencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a currency code is 3 capital letters (ISO 4217)");
        }
    }

    @Override public String toString() { return value; }
}
