package org.clearway.formats.wco;

/** The problem codes the DEC-DMS codec itself reports (the validator's codes live in core). */
public final class WcoCodes {
    /** Not well-formed XML: syntax error, truncated, empty, bytes that are not the declared encoding. */
    public static final String XML_MALFORMED = "XML_MALFORMED";
    /** A document type declaration: refused outright, so no entity (external file, expansion bomb) is ever read. */
    public static final String XML_DTD_FORBIDDEN = "XML_DTD_FORBIDDEN";
    /** Input beyond the size or nesting-depth limit. */
    public static final String XML_LIMIT_EXCEEDED = "XML_LIMIT_EXCEEDED";
    /** Well-formed XML whose root is not a DEC-DMS declaration (MetaData with a Declaration, or Declaration). */
    public static final String XML_NOT_DEC_DMS = "XML_NOT_DEC_DMS";
    /** The XML breaks the DEC-DMS schema: unknown or misplaced element, value too long, bad number. */
    public static final String XML_SCHEMA_INVALID = "XML_SCHEMA_INVALID";
    /** Schema-valid, but the Clearway model refuses the value (bad EORI, unknown type code, bad HS code...). */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** Half of a pair the model cannot hold alone (an amount without its currency). */
    public static final String REQUIRED_ELEMENT_MISSING = "REQUIRED_ELEMENT_MISSING";
    /** The input had so many problems that the list was cut short. */
    public static final String TOO_MANY_PROBLEMS = "TOO_MANY_PROBLEMS";

    private WcoCodes() {
    }
}
