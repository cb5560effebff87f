package org.clearway.formats.manifest;

import java.util.Locale;
import java.util.Optional;

/**
 * The bulk manifest formats: one low-value consignment per line. CSV carries the reduced data set
 * with one goods item (columns in {@link ManifestColumn}); JSON lines carry one declaration per line
 * in the JSON form of docs/declaration-json.md.
 */
public enum ManifestFormat {
    CSV("text/csv"),
    JSONL("application/jsonl");

    private final String mediaType;

    ManifestFormat(String mediaType) { this.mediaType = mediaType; }

    public String mediaType() { return mediaType; }

    /** The format for a media type such as {@code text/csv; charset=utf-8} or {@code application/x-ndjson}. */
    public static Optional<ManifestFormat> ofMediaType(String contentType) {
        if (contentType == null) return Optional.empty();
        String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (base) {
            case "text/csv" -> Optional.of(CSV);
            case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }
}
