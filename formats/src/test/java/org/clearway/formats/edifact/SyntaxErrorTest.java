package org.clearway.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken interchanges: each is a syntax error with the ISO 9735 code, position and line, and is
 * answered with a CONTRL that points to it (UCI for the interchange, UCM/UCS/UCD inside a message).
 */
class SyntaxErrorTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 12, 0);
    private final EdifactCodec codec = new EdifactCodec();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "broken-unt-count.edi        | message 1, segment 40 UNT, element 1, line 42 | 29",
        "broken-unknown-segment.edi  | message 1, segment 21 XYZ, line 23           | 15",
        "broken-truncated.edi        | segment 20 NAD, line 20                       | 18",
        "broken-unb.edi              | segment 2 UNB, element 1.2, line 2            | 12",
        "broken-charset.edi          | message 1, segment 13 NAD, element 4, line 15 | 21",
        "broken-element-too-long.edi | message 1, segment 32 FTX, element 4, line 34 | 39",
    })
    void eachBrokenInterchangeIsASyntaxErrorAtItsPlace(String file, String where, String code) {
        Decoded d = codec.decode(Samples.bytes(file));
        assertThat(d).isInstanceOf(Decoded.Invalid.class);
        var first = ((Decoded.Invalid) d).problems().get(0);
        assertThat(first.code()).isEqualTo(EdifactCodec.SYNTAX_ERROR);
        assertThat(first.path()).isEqualTo(where);
        assertThat(first.message()).startsWith("syntax error " + code + ":");
    }

    @Test
    void aWrongCountInUntIsRejectedInTheUcm() {
        List<String> contrl = segments(codec.contrl(Samples.bytes("broken-unt-count.edi"), AT));
        assertThat(contrl).containsSubsequence(
                "UNH+1+CONTRL:D:3:UN",
                "UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+7",
                "UCM+1+CUSDEC:D:96B:UN+4+29+UNT+1");
    }

    @Test
    void aWrongCountOrReferenceInUnzIsRejectedInTheUci() {
        String good = new String(Samples.bytes("cusdec-d96b-import.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] count = good.replace("UNZ+1+NWI0042", "UNZ+2+NWI0042").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] reference = good.replace("UNZ+1+NWI0042", "UNZ+1+NWI0043").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(((Decoded.Invalid) codec.decode(count)).problems().get(0).path()).isEqualTo("segment 43 UNZ, element 1, line 43");
        assertThat(segments(codec.contrl(count, AT))).contains("UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+4+29+UNZ+1",
                "UCM+1+CUSDEC:D:96B:UN+4");
        assertThat(segments(codec.contrl(reference, AT))).contains("UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+4+28+UNZ+2");
    }

    @Test
    void anUnknownSegmentIsPointedToByItsPosition() {
        assertThat(segments(codec.contrl(Samples.bytes("broken-unknown-segment.edi"), AT)))
                .containsSubsequence("UCM+1+CUSDEC:D:96B:UN+4", "UCS+21+15");
    }

    @Test
    void aWrongCharacterIsPointedToByElement() {
        assertThat(segments(codec.contrl(Samples.bytes("broken-charset.edi"), AT)))
                .containsSubsequence("UCM+1+CUSDEC:D:96B:UN+4", "UCS+13", "UCD+21+4");
    }

    @Test
    void aTooLongElementIsPointedToByElement() {
        assertThat(segments(codec.contrl(Samples.bytes("broken-element-too-long.edi"), AT)))
                .containsSubsequence("UCS+32", "UCD+39+4");
    }

    @Test
    void aTruncatedInterchangeIsRejectedWhole() {
        assertThat(segments(codec.contrl(Samples.bytes("broken-truncated.edi"), AT)))
                .contains("UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+4+18");
    }

    @Test
    void anUnsupportedSyntaxVersionIsRejectedAtTheUnb() {
        assertThat(segments(codec.contrl(Samples.bytes("broken-unb.edi"), AT)))
                .contains("UCI+NWI0042+GB100000000001:ZZZ+CLEARWAY:ZZZ+4+12+UNB+1:2");
    }

    @Test
    void aRefusalWithSyntaxErrorsIsAnsweredWithContrl() {
        byte[] body = Samples.bytes("broken-unt-count.edi");
        var problems = ((Decoded.Invalid) codec.decode(body)).problems();
        assertThat(segments(codec.refused(body, new Outcome.Refused("The request could not be read", "bad", problems), AT)))
                .contains("UNH+1+CONTRL:D:3:UN");
    }

    @Test
    void bytesThatAreNotTheAnnouncedEncodingAreAnInvalidCharacter() {
        String good = new String(Samples.bytes("cusdec-d96b-import.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        // UNOY (ISO 10646, syntax version 4) is read as UTF-8; a Latin-1 'é' (one byte 0xE9) on line 15 is not UTF-8.
        good = good.replace("UNA:+.? '", "UNA:+.?*'").replace("UNOC:3", "UNOY:4").replace("+261102:1030+", "+20261102:1030+");
        byte[] wrong = good.replace("Northwind Imports Ltd+1 Dock", "Northwind Impérts Ltd+1 Dock")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var problems = ((Decoded.Invalid) codec.decode(wrong)).problems();
        assertThat(problems.get(0).message()).startsWith("syntax error 21:").contains("line 15").contains("UTF-8");
        // The same text sent as UTF-8 is read.
        byte[] right = good.replace("Northwind Imports Ltd+1 Dock", "Northwind Impérts Ltd+1 Dock")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(codec.decode(right)).isInstanceOf(Decoded.Ok.class);
    }

    @Test
    void garbageIsASyntaxErrorToo() {
        for (String junk : List.of("", "HELLO", "UNB+", "UNA:+.? 'UNB+UNOC:3", "\u0000\u0001\u0002")) {
            Decoded d = codec.decode(junk.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(d).as(junk).isInstanceOf(Decoded.Invalid.class);
            assertThat(((Decoded.Invalid) d).problems().get(0).code()).isEqualTo(EdifactCodec.SYNTAX_ERROR);
            assertThat(segments(codec.contrl(junk.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), AT)))
                    .anyMatch(s -> s.startsWith("UCI+") && s.contains("+4"));
        }
    }

    @Test
    void anInterchangeOverTheSizeLimitIsNotParsed() {
        byte[] big = new byte[EdifactLimits.MAX_INPUT_BYTES + 1];
        Arrays.fill(big, (byte) 'A');
        Decoded d = codec.decode(big);
        assertThat(((Decoded.Invalid) d).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("at most " + EdifactLimits.MAX_INPUT_BYTES));
    }

    @Test
    void anInterchangeJustUnderTheSizeLimitIsParsed() {
        String good = new String(Samples.bytes("cusdec-d96b-import.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        // Padding with line breaks between segments keeps it valid; it is read, not refused for its size.
        StringBuilder b = new StringBuilder(good);
        while (b.length() < EdifactLimits.MAX_INPUT_BYTES - 2) b.append('\n');
        byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes.length).isLessThanOrEqualTo(EdifactLimits.MAX_INPUT_BYTES);
        assertThat(codec.decode(bytes)).isInstanceOf(Decoded.Ok.class);
    }

    @Test
    void moreElementsThanTheLimitAllowsIsRefused() {
        String good = new String(Samples.bytes("cusdec-d96b-import.edi"), java.nio.charset.StandardCharsets.ISO_8859_1);
        String atLimit = good.replace("Wi-Fi network routers", "X".repeat(EdifactLimits.MAX_ELEMENT_LENGTH));
        String over = good.replace("Wi-Fi network routers", "X".repeat(EdifactLimits.MAX_ELEMENT_LENGTH + 1));
        assertThat(codec.decode(atLimit.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isInstanceOf(Decoded.Ok.class);
        assertThat(codec.decode(over.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isInstanceOf(Decoded.Invalid.class);
    }

    /**
     * The segments of an answer, terminators and line breaks dropped. The answer itself must read
     * cleanly: envelope, counts, references and characters right.
     */
    static List<String> segments(byte[] answer) {
        assertThat(InterchangeReader.read(answer, false).allErrors()).as("syntax errors in the answer itself").isEmpty();
        String text = new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1);
        return Arrays.stream(text.split("(?<!\\?)'\\n?")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
