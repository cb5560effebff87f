package org.clearway.formats.json;

/** The problem codes the JSON codec itself reports (the validator's codes live in core). */
public final class JsonCodes {
    /** Not JSON at all: syntax error, truncated input, bad encoding, trailing garbage. */
    public static final String JSON_MALFORMED = "JSON_MALFORMED";
    /** Well-formed JSON that breaks a parser limit: nesting depth, string or number length, input size. */
    public static final String JSON_LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";
    /** The top level is an array, string, number... instead of an object. */
    public static final String JSON_NOT_OBJECT = "JSON_NOT_OBJECT";
    /** A field the format does not know (often a typo). */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** The JSON type is wrong: a string where an object is expected, a boolean where a number is expected... */
    public static final String TYPE_MISMATCH = "TYPE_MISMATCH";
    /** The JSON type is right but the model refuses the value: bad code format, unknown enum, bad date. */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** A string longer than its field allows. */
    public static final String VALUE_TOO_LONG = "VALUE_TOO_LONG";
    /** More goods items than a declaration may carry. */
    public static final String TOO_MANY_ITEMS = "TOO_MANY_ITEMS";
    /** More supporting documents than a declaration may carry. */
    public static final String TOO_MANY_DOCUMENTS = "TOO_MANY_DOCUMENTS";
    /** More AEO authorisations than a declaration may carry. */
    public static final String TOO_MANY_AUTHORISATIONS = "TOO_MANY_AUTHORISATIONS";
    /** Half of a pair the model cannot hold alone (an invoice amount without its currency, or the reverse). */
    public static final String REQUIRED_ELEMENT_MISSING = "REQUIRED_ELEMENT_MISSING";
    /** The input had so many problems that the list was cut short. */
    public static final String TOO_MANY_PROBLEMS = "TOO_MANY_PROBLEMS";

    private JsonCodes() {
    }
}
