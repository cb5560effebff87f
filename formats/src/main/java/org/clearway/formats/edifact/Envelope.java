package org.clearway.formats.edifact;

/**
 * The interchange header (UNB) of an interchange, as far as it could be read: the syntax identifier
 * (e.g. UNOC) and version (3 or 4), sender and recipient with their qualifiers, the control reference,
 * and the decimal mark announced by UNA ('.' by default).
 */
public record Envelope(String syntaxId, String syntaxVersion, String sender, String senderQualifier,
                       String recipient, String recipientQualifier, String controlRef, char decimalMark) {

    /** The envelope answers are sent in when the received one could not be read at all. */
    public static Envelope unknown() {
        return new Envelope("UNOC", "3", "UNKNOWN", "ZZZ", "CLEARWAY", "ZZZ", "UNKNOWN", '.');
    }
}
