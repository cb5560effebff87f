package org.clearway.formats.manifest;

/** Bounds that keep a manifest reader's memory flat whatever the file holds. */
public final class ManifestLimits {
    /** Longest line read (bytes, without its line break); a full JSON declaration of many items fits. */
    public static final int MAX_LINE_BYTES = 256 * 1024;
    /** Longest CSV header line (bytes). */
    public static final int MAX_HEADER_BYTES = 4096;

    private ManifestLimits() {}
}
