package org.clearway.formats.edifact;

import java.util.List;

/**
 * The characters each UN/EDIFACT syntax level (the syntax identifier in UNB, ISO 9735) allows in
 * data: level A is upper case letters, digits and a few signs; level B adds lower case; UNOC to UNOK
 * are the ISO 8859 parts (graphic characters only); UNOY (ISO 10646) is read and written as UTF-8.
 * UNOX (ISO 2022 code extension) is decoded as UTF-8, its escape sequences are not interpreted.
 * Control characters are never data.
 */
final class CharacterSets {
    /** The syntax identifiers of syntax version 4 (StAEDI's control schema for it); version 3 has UNOA to UNOF. */
    static final List<String> KNOWN = List.of("UNOA", "UNOB", "UNOC", "UNOD", "UNOE", "UNOF", "UNOG", "UNOH", "UNOI",
            "UNOJ", "UNOK", "UNOX", "UNOY");
    private static final List<String> VERSION_3 = KNOWN.subList(0, 6);

    /** Whether {@code syntaxId} is a syntax identifier of syntax version {@code version} ("3" or "4"). */
    static boolean known(String syntaxId, String version) {
        return "4".equals(version) ? KNOWN.contains(syntaxId) : VERSION_3.contains(syntaxId);
    }
    private static final String LEVEL_A_SIGNS = " .,-()/='+:?!\"%&*;<>";

    private CharacterSets() {
    }

    static boolean known(String syntaxId) { return KNOWN.contains(syntaxId); }

    /** The character encoding of a syntax level's bytes: UTF-8 for UNOY (and UNOW, which StAEDI does not know), an ISO 8859 part otherwise. */
    static java.nio.charset.Charset charset(String syntaxId) {
        String name = switch (syntaxId == null ? "" : syntaxId) {
            case "UNOY", "UNOX", "UNOW" -> "UTF-8";
            case "UNOD" -> "ISO-8859-2";
            case "UNOE" -> "ISO-8859-5";
            case "UNOF" -> "ISO-8859-7";
            case "UNOG" -> "ISO-8859-3";
            case "UNOH" -> "ISO-8859-4";
            case "UNOI" -> "ISO-8859-6";
            case "UNOJ" -> "ISO-8859-8";
            case "UNOK" -> "ISO-8859-9";
            default -> "ISO-8859-1"; // UNOA, UNOB (subsets of it), UNOC; anything else decodes and is refused at UNB
        };
        return java.nio.charset.Charset.forName(name);
    }

    /**
     * The syntax identifier in the UNB near the start of {@code input} (before the interchange is
     * parsed, as StAEDI needs the encoding up front), or "" when there is none.
     */
    static String sniff(byte[] input) {
        return sniff(input, 4, 4);
    }

    /** The syntax version after the identifier in that UNB ("3", "4"), or "" when there is none. */
    static String sniffVersion(byte[] input) {
        return sniff(input, 9, 1);
    }

    private static String sniff(byte[] input, int from, int length) {
        int end = Math.min(input.length, 1024);
        for (int i = 0; i + from + length <= end; i++) {
            if (input[i] == 'U' && input[i + 1] == 'N' && input[i + 2] == 'B') {
                return new String(input, i + from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    static boolean allows(String syntaxId, char c) {
        // (UNOD to UNOK decode through their ISO 8859 part, so any decoded graphic character is allowed.)
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') return false;
        return switch (syntaxId) {
            case "UNOA" -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || LEVEL_A_SIGNS.indexOf(c) >= 0;
            case "UNOB" -> c < 0x7F;
            case "UNOY", "UNOX" -> true;
            default -> c <= 0xFF || !"UNOC".equals(syntaxId);
        };
    }
}
