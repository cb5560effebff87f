package org.clearway.core.declaration;

import org.clearway.core.reference.CodeChars;

/** A trader identification number in EORI style: 2-letter country code and up to 15 letters or digits. */
public record PartyId(String value) {
    public PartyId {
        if (value == null || !(value.length() >= 3 && value.length() <= 17 && CodeChars.capitals(value, 0, 2) && CodeChars.capitalsOrDigits(value, 2, value.length()))) {
            throw new IllegalArgumentException("a party id is a 2-letter country code followed by 1 to 15 capital letters or digits (EORI style)");
        }
    }

    public String countryPrefix() { return value.substring(0, 2); }

    @Override public String toString() { return value; }
}
