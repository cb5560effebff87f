package org.clearway.formats.json;

/**
 * The bounds the JSON codec enforces before and while mapping, so that no input can make it use
 * unbounded memory or time. String lengths follow the WCO Data Model (an..35 for codes and
 * references, an..70 for names and street lines, an..512 for goods descriptions).
 */
public final class JsonLimits {
    /** Largest input accepted, in bytes (999 full goods items fit in well under 1 MB). */
    public static final int MAX_INPUT_BYTES = 4 * 1024 * 1024;
    /** Deepest nesting of objects and arrays; a declaration needs 4. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest JSON string token the parser accepts at all (field limits below are tighter). */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Longest JSON number token the parser accepts. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Most digits before the decimal point in a mass, value or quantity (WCO n..16,6). */
    public static final int MAX_INTEGER_DIGITS = 16;
    /** Most digits after the decimal point in a mass, value or quantity (WCO n..16,6). */
    public static final int MAX_FRACTION_DIGITS = 6;
    /** Most goods items on one declaration (WCO: 999). */
    public static final int MAX_ITEMS = 999;
    /** Most supporting documents on one declaration. */
    public static final int MAX_DOCUMENTS = 99;
    /** Most AEO authorisations on one declaration. */
    public static final int MAX_AEO_AUTHORISATIONS = 99;
    /** Longest party name and street line. */
    public static final int MAX_NAME_LENGTH = 70;
    /** Longest goods description. */
    public static final int MAX_DESCRIPTION_LENGTH = 512;
    /** Longest code, reference, city or postcode. */
    public static final int MAX_CODE_LENGTH = 35;
    /** Most problems reported for one input; the rest are summed up in one TOO_MANY_PROBLEMS. */
    public static final int MAX_PROBLEMS = 200;

    private JsonLimits() {
    }
}
