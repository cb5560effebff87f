package org.clearway.formats.manifest;

import org.clearway.formats.json.Decoded;

/**
 * One consignment read from a manifest: the line it starts on, its LRN as written (for the report,
 * even when the line could not be read; may be null) and the declaration or its problems.
 */
public record ManifestLine(long line, String lrn, Decoded decoded) {
}
