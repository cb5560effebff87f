package org.clearway.formats.edifact;

import java.util.List;

/**
 * The characters each UN/EDIFACT syntax level (the syntax identifier in UNB, ISO 9735) allows in
 * data: level A is upper case letters, digits and a few signs; level B adds lower case; UNOC to UNOK
 * are the ISO 8859 parts (graphic characters only); UNOW and UNOY are UTF-8 and ISO 10646.
 * Control characters are never data.
 */
final class CharacterSets {
    static final List<String> KNOWN = List.of("UNOA", "UNOB", "UNOC", "UNOD", "UNOE", "UNOF", "UNOG", "UNOH", "UNOI",
            "UNOJ", "UNOK", "UNOW", "UNOY");
    private static final String LEVEL_A_SIGNS = " .,-()/='+:?!\"%&*;<>";

    private CharacterSets() {
    }

    static boolean known(String syntaxId) { return KNOWN.contains(syntaxId); }

    static boolean allows(String syntaxId, char c) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') return false;
        return switch (syntaxId) {
            case "UNOA" -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || LEVEL_A_SIGNS.indexOf(c) >= 0;
            case "UNOB" -> c < 0x7F;
            case "UNOW", "UNOY" -> true;
            default -> c <= 0xFF || !"UNOC".equals(syntaxId);
        };
    }
}
