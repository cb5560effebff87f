package org.clearway.app.clearance;

import java.util.List;
import org.clearway.app.http.ApiProblem;
import org.clearway.formats.json.Decoded;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * A format a declaration may be lodged in (JSON, WCO DM XML, UN/EDIFACT CUSDEC) and answered in. The
 * API picks it by the request's content type, the trader's upload page by the file's extension or
 * first bytes, {@code ./clearway import} by {@code --format}. Decoding never throws for bad input: it
 * gives the problems, with paths into the input as this format names its parts (element, segment).
 */
public interface DeclarationFormat {

    /** A short name for people and for {@code --format}: "json", "xml", "edifact". */
    String name();

    /** A label for pages and messages, e.g. "WCO Data Model XML (DEC-DMS)". */
    String label();

    /** The media types this format is sent as; the first is the one its answers are sent as. */
    List<String> mediaTypes();

    /** File extensions (lower case, no dot) that mark a file in this format. */
    List<String> extensions();

    /** Whether content with no telling file name looks like this format (its first bytes). */
    boolean looksLike(byte[] content);

    /** The declaration in {@code body}, or every problem found in it. */
    Decoded decode(byte[] body);

    /**
     * Every declaration in a file, for {@code ./clearway import}: one for a format that carries one per
     * document (XML), one per message for an interchange that carries many (EDIFACT).
     */
    default List<Decoded> decodeEach(byte[] file) {
        return List.of(decode(file));
    }

    /** The answer to a lodgement that was accepted ({@code created}) or replayed; {@code body} is the request. */
    byte[] accepted(byte[] body, StoredDeclaration declaration, boolean created);

    /** The answer to a lodgement that was refused (bad input, rejected declaration, conflict, not allowed). */
    byte[] refused(byte[] body, ApiProblem problem);

    /** Whether this format is sent as {@code contentType} (parameters such as charset ignored). */
    default boolean sentAs(String contentType) {
        String base = mediaType(contentType);
        return mediaTypes().stream().anyMatch(t -> t.equalsIgnoreCase(base));
    }

    /** A Content-Type's media type in lower case, parameters dropped; "" when there is none. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }
}
