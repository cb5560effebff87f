package org.clearway.formats.wco;

/**
 * The bounds the DEC-DMS codec enforces, so that no input makes it use unbounded memory or time.
 * The schema bounds every value's length and the number of goods items (999); these bound the rest.
 */
public final class WcoLimits {
    /** Largest document accepted, in bytes: 999 full goods items with comments fit in well under this. */
    public static final int MAX_INPUT_BYTES = 8 * 1024 * 1024;
    /** Deepest element nesting; a DEC-DMS declaration needs 8 below MetaData. */
    public static final int MAX_DEPTH = 32;
    /** Most problems reported for one input; the rest are summed up in one TOO_MANY_PROBLEMS. */
    public static final int MAX_PROBLEMS = 200;

    private WcoLimits() {
    }
}
