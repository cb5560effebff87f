package org.clearway.core.declaration;

import java.util.regex.Pattern;

/** A trader identification number in EORI style: 2-letter country code and up to 15 letters or digits. */
public record PartyId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}");

    public PartyId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a party id is a 2-letter country code followed by 1 to 15 capital letters or digits (EORI style)");
        }
    }

    public String countryPrefix() { return value.substring(0, 2); }

    @Override public String toString() { return value; }
}
