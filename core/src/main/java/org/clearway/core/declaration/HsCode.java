package org.clearway.core.declaration;

import org.clearway.core.reference.CodeChars;

/**
 * A commodity code: the Harmonized System heading (4 digits) or subheading (6), optionally followed
 * by national digits (8 or 10). Only codes that are leaves of the nomenclature can be declared;
 * that is checked against the reference data, not here.
 */
public record HsCode(String value) {
    public HsCode {
        if (value == null || !((value.length() == 4 || value.length() == 6 || value.length() == 8 || value.length() == 10) && CodeChars.digits(value, 0, value.length()))) {
            throw new IllegalArgumentException("an HS code is 4, 6, 8 or 10 digits");
        }
    }

    /** The 6-digit HS subheading, or empty if this is only a heading. */
    public String subheading() { return value.length() >= 6 ? value.substring(0, 6) : ""; }

    public String heading() { return value.substring(0, 4); }

    public String chapter() { return value.substring(0, 2); }

    @Override public String toString() { return value; }
}
