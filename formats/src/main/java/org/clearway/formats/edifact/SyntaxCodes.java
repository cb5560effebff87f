package org.clearway.formats.edifact;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * UN/EDIFACT syntax error codes (ISO 9735 data element 0085) that CONTRL reports, and the mapping
 * from StAEDI's validation errors to them.
 */
public final class SyntaxCodes {
    /** Syntax version or level not supported. */
    public static final String SYNTAX_NOT_SUPPORTED = "2";
    /** Invalid value. */
    public static final String INVALID_VALUE = "12";
    /** Missing. */
    public static final String MISSING = "13";
    /** Value not supported in this position. */
    public static final String VALUE_NOT_SUPPORTED = "14";
    /** Not supported in this position (a segment the message does not have there). */
    public static final String NOT_SUPPORTED_HERE = "15";
    /** Too many constituents. */
    public static final String TOO_MANY_CONSTITUENTS = "16";
    /** Unspecified error (unreadable input, limits). */
    public static final String UNSPECIFIED = "18";
    /** Invalid character(s). */
    public static final String INVALID_CHARACTERS = "21";
    /** References do not match (UNT/UNZ references). */
    public static final String REFERENCES_DO_NOT_MATCH = "28";
    /** Control count does not match number of instances received. */
    public static final String COUNT_DOES_NOT_MATCH = "29";
    /** Too many segment repetitions. */
    public static final String TOO_MANY_REPETITIONS = "35";
    /** Data element too long. */
    public static final String TOO_LONG = "39";
    /** Data element too short. */
    public static final String TOO_SHORT = "40";

    private SyntaxCodes() {
    }

    static String of(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                 SEGMENT_NOT_IN_PROPER_SEQUENCE -> NOT_SUPPORTED_HERE;
            case MANDATORY_SEGMENT_MISSING, REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                 CONDITIONAL_REQUIRED_SEGMENT_MISSING -> MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES, SEGMENT_EXCEEDS_MAXIMUM_USE, TOO_MANY_REPETITIONS -> TOO_MANY_REPETITIONS;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS -> TOO_MANY_CONSTITUENTS;
            case DATA_ELEMENT_TOO_SHORT -> TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> TOO_LONG;
            case INVALID_CHARACTER_DATA -> INVALID_CHARACTERS;
            case INVALID_CODE_VALUE, INVALID_DATE, INVALID_TIME -> INVALID_VALUE;
            case CONTROL_REFERENCE_MISMATCH -> REFERENCES_DO_NOT_MATCH;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> COUNT_DOES_NOT_MATCH;
            default -> UNSPECIFIED;
        };
    }
}
