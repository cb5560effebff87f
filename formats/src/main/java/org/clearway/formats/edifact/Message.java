package org.clearway.formats.edifact;

import java.util.List;

/**
 * One message (UNH..UNT) of an interchange: its reference (0062), type (CUSDEC), version and release
 * (D, 96B), and every segment from UNH to UNT. {@code errors} are the syntax errors found in it.
 */
public record Message(String ref, String type, String version, String release, List<Segment> segments,
                      List<SyntaxError> errors) {
    public Message {
        segments = List.copyOf(segments);
        errors = List.copyOf(errors);
    }

    /** The directory, e.g. "D96B", or the raw version and release when they are not a directory. */
    public String directory() { return version + release; }
}
