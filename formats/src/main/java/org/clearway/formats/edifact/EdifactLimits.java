package org.clearway.formats.edifact;

/**
 * The bounds the EDIFACT reader enforces, so that no interchange can make it use unbounded memory or
 * time. Element lengths follow the largest the CUSDEC directories define (an..512, D01B free text).
 */
public final class EdifactLimits {
    /** Largest interchange accepted, in bytes (as the JSON codec's limit). */
    public static final int MAX_INPUT_BYTES = 4 * 1024 * 1024;
    /** Most messages (UNH..UNT) in one interchange. */
    public static final int MAX_MESSAGES = 999;
    /** Most segments in one message, UNH and UNT included. */
    public static final int MAX_SEGMENTS_PER_MESSAGE = 20_000;
    /** Longest element or component value, in characters. */
    public static final int MAX_ELEMENT_LENGTH = 512;
    /** Most syntax errors reported for one interchange; the rest are counted in the last one. */
    public static final int MAX_ERRORS = 100;

    private EdifactLimits() {
    }
}
