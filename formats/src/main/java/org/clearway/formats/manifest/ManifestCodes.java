package org.clearway.formats.manifest;

/** Stable codes of the problems a manifest line can have before its declaration is even read. */
public final class ManifestCodes {
    /** The header line is missing, names an unknown column, repeats one or lacks a required one. */
    public static final String MANIFEST_HEADER_INVALID = "MANIFEST_HEADER_INVALID";
    /** The line's bytes are not UTF-8 (or the file is UTF-16/32, which manifests are not). */
    public static final String ENCODING_INVALID = "ENCODING_INVALID";
    /** The line is longer than {@link ManifestLimits#MAX_LINE_BYTES}; it was skipped unread. */
    public static final String LINE_TOO_LONG = "LINE_TOO_LONG";
    /** A CSV line whose quoting is broken (an unclosed quote, text after a closing quote, a bare quote). */
    public static final String CSV_MALFORMED = "CSV_MALFORMED";
    /** A CSV line with more or fewer fields than the header: typically a truncated file or a stray comma. */
    public static final String CSV_FIELD_COUNT = "CSV_FIELD_COUNT";
    /** The file could not be read to its end (e.g. the upload broke off); the lines before it stand. */
    public static final String MANIFEST_READ_FAILED = "MANIFEST_READ_FAILED";
    /** The same LRN of the same declarant appears twice in one manifest with different content. */
    public static final String LRN_REPEATED = "LRN_REPEATED";

    private ManifestCodes() {}
}
