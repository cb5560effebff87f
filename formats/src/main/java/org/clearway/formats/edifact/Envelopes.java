package org.clearway.formats.edifact;

import java.util.regex.Pattern;

/** Envelope values made safe to echo back in an answer's UNB, UCI and RFF, whatever was received. */
final class Envelopes {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./_-]{0,34}");
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,13}");

    private Envelopes() {
    }

    static Envelope safe(Envelope e) {
        // Answers carry lower-case text (problem messages), which levels A and B cannot: they go as UNOC.
        String version = "4".equals(e.syntaxVersion()) ? "4" : "3";
        String syntaxId = CharacterSets.known(e.syntaxId(), version) && !e.syntaxId().equals("UNOA") && !e.syntaxId().equals("UNOB") ? e.syntaxId() : "UNOC";
        return new Envelope(syntaxId, version,
                pick(ID, e.sender(), "UNKNOWN"), pick(QUALIFIER, e.senderQualifier(), null),
                pick(ID, e.recipient(), "CLEARWAY"), pick(QUALIFIER, e.recipientQualifier(), null),
                pick(REF, e.controlRef(), "UNKNOWN"), e.decimalMark());
    }

    /** A control reference (an..14) for an answer: "R" and the received one's last characters. */
    static String answerRef(String received) {
        String base = received == null ? "" : received.replaceAll("[^A-Za-z0-9]", "");
        if (base.length() > 13) base = base.substring(base.length() - 13);
        return "R" + (base.isEmpty() ? "0" : base);
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,6}");

    /** A message reference (0062, an..14) or identifier component (type, version, release, agency) echoed in an answer. */
    static String echo(String value, boolean reference) {
        return pick(reference ? REF : CODE, value, reference ? "UNKNOWN" : null);
    }

    private static String pick(Pattern p, String value, String fallback) {
        return value != null && p.matcher(value).matches() ? value : fallback;
    }
}
