package org.clearway.core.declaration;

import java.util.regex.Pattern;

/**
 * A commodity code: the Harmonized System heading (4 digits) or subheading (6), optionally followed
 * by national digits (8 or 10). Only codes that are leaves of the nomenclature can be declared;
 * that is checked against the reference data, not here.
 */
public record HsCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}([0-9]{2}){0,3}");

    public HsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an HS code is 4, 6, 8 or 10 digits");
        }
    }

    /** The 6-digit HS subheading, or empty if this is only a heading. */
    public String subheading() { return value.length() >= 6 ? value.substring(0, 6) : ""; }

    public String heading() { return value.substring(0, 4); }

    public String chapter() { return value.substring(0, 2); }

    @Override public String toString() { return value; }
}
