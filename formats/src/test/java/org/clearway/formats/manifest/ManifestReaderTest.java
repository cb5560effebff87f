package org.clearway.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
    static final String HEADER = "lrn,declarantId,consigneeName,consigneeCity,consigneeCountry,consignorName,consignorCountry,"
            + "invoiceAmount,invoiceCurrency,invoiceDate,transportMode,description,origin,grossMass,value";
    static final String GOOD = "P-1,GB100000000001,Jane Smith,Ipswich,GB,\"Gadget Corner, Online\",CN,89.90,USD,2026-11-10,4,\"Bluetooth \"\"BT\"\" headphones\",CN,0.45,89.90";

    static List<ManifestLine> read(String text, ManifestFormat format) {
        return read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    static List<ManifestLine> read(byte[] bytes, ManifestFormat format) {
        return read(new ByteArrayInputStream(bytes), format);
    }

    static List<ManifestLine> read(InputStream in, ManifestFormat format) {
        List<ManifestLine> lines = new ArrayList<>();
        ManifestReader reader = ManifestReader.open(in, format);
        for (var line = reader.next(); line.isPresent(); line = reader.next()) lines.add(line.get());
        return lines;
    }

    static Declaration ok(ManifestLine line) {
        assertThat(line.decoded()).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok) line.decoded()).declaration();
    }

    static List<Problem> problems(ManifestLine line) {
        assertThat(line.decoded()).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid) line.decoded()).problems();
    }

    @Test
    void a_csv_line_becomes_a_low_value_consignment_with_quoted_fields_read_as_written() {
        List<ManifestLine> lines = read(HEADER + "\n" + GOOD + "\n", ManifestFormat.CSV);
        assertThat(lines).hasSize(1);
        Declaration d = ok(lines.getFirst());
        assertThat(lines.getFirst().line()).isEqualTo(2);
        assertThat(lines.getFirst().lrn()).isEqualTo("P-1");
        assertThat(d.type()).isEqualTo(DeclarationType.LOW_VALUE);
        assertThat(d.consignor().name()).isEqualTo("Gadget Corner, Online");
        assertThat(d.items()).singleElement().satisfies(i -> {
            assertThat(i.description()).isEqualTo("Bluetooth \"BT\" headphones");
            assertThat(i.value()).isEqualByComparingTo("89.90");
            assertThat(i.sequence()).isEqualTo(1);
        });
        assertThat(d.invoice().total().toString()).isEqualTo("89.90 USD");
    }

    @Test
    void a_bad_value_is_reported_under_its_column_and_the_next_line_is_still_read() {
        String bad = GOOD.replace("89.90,USD", "eighty,USD").replace("P-1,", "P-2,");
        List<ManifestLine> lines = read(HEADER + "\r\n" + bad + "\r\n\r\n" + GOOD + "\r\n", ManifestFormat.CSV);
        assertThat(lines).hasSize(2);
        assertThat(problems(lines.get(0))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("INVALID_VALUE");
            assertThat(p.path()).isEqualTo("invoiceAmount");
        });
        assertThat(lines.get(0).lrn()).isEqualTo("P-2");
        assertThat(lines.get(1).line()).isEqualTo(4);
        ok(lines.get(1));
    }

    @Test
    void a_truncated_last_line_is_a_field_count_problem() {
        String text = HEADER + "\n" + GOOD + "\n" + GOOD.substring(0, 40);
        List<ManifestLine> lines = read(text, ManifestFormat.CSV);
        assertThat(lines).hasSize(2);
        assertThat(problems(lines.get(1))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ManifestCodes.CSV_FIELD_COUNT);
            assertThat(p.message()).contains("line 3 has 5 fields, the header has 15").contains("truncated");
        });
    }

    @Test
    void broken_quoting_is_reported_with_its_column() {
        List<ManifestLine> lines = read(HEADER + "\nP-1,\"GB1\n" + "P-2,GB\"1\n" + "P-3,\"GB\"x\n", ManifestFormat.CSV);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(problems(l).getFirst().code()).isEqualTo(ManifestCodes.CSV_MALFORMED));
        assertThat(problems(lines.get(0)).getFirst().message()).contains("line 2").contains("column 5").contains("not closed");
    }

    @Test
    void a_header_naming_an_unknown_or_repeated_column_or_lacking_the_lrn_stops_the_manifest() {
        assertThat(problems(read("lrn,declarantId,colour\n" + GOOD + "\n", ManifestFormat.CSV).getFirst()).getFirst().message())
                .contains("unknown column 'colour'");
        assertThat(problems(read("lrn,lrn,declarantId\n", ManifestFormat.CSV).getFirst()).getFirst().message()).contains("appears twice");
        List<ManifestLine> noLrn = read("declarantId,value\nGB1,1\n", ManifestFormat.CSV);
        assertThat(noLrn).hasSize(1);
        assertThat(problems(noLrn.getFirst()).getFirst()).satisfies(p -> {
            assertThat(p.code()).isEqualTo(ManifestCodes.MANIFEST_HEADER_INVALID);
            assertThat(p.message()).contains("'lrn' is required");
        });
    }

    @Test
    void a_line_that_is_not_utf8_is_reported_with_the_byte_and_the_others_are_read() {
        byte[] latin1 = (HEADER + "\n" + GOOD.replace("Jane Smith", "Zoë Smith") + "\n" + GOOD + "\n").getBytes(StandardCharsets.ISO_8859_1);
        List<ManifestLine> lines = read(latin1, ManifestFormat.CSV);
        assertThat(lines).hasSize(2);
        assertThat(problems(lines.get(0))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ManifestCodes.ENCODING_INVALID);
            assertThat(p.message()).contains("line 2 is not valid UTF-8 at byte " + (GOOD.indexOf("Jane") + 3));
        });
        ok(lines.get(1));
    }

    @Test
    void a_utf16_file_is_refused_as_a_whole_and_a_utf8_byte_order_mark_is_skipped() {
        List<ManifestLine> utf16 = read((HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_16), ManifestFormat.CSV);
        assertThat(utf16).singleElement().satisfies(l -> assertThat(problems(l).getFirst().message()).contains("UTF-16"));
        byte[] bom = ("\uFEFF" + HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        ok(read(bom, ManifestFormat.CSV).getFirst());
    }

    @Test
    void a_line_over_the_limit_is_skipped_unread_and_reported() {
        String huge = "x".repeat(ManifestLimits.MAX_LINE_BYTES + 10);
        List<ManifestLine> lines = read(HEADER + "\n" + huge + "\n" + GOOD + "\n", ManifestFormat.CSV);
        assertThat(lines).hasSize(2);
        assertThat(problems(lines.get(0))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ManifestCodes.LINE_TOO_LONG);
            assertThat(p.message()).contains(Integer.toString(ManifestLimits.MAX_LINE_BYTES + 10));
        });
        ok(lines.get(1));
    }

    @Test
    void a_stream_that_breaks_off_ends_the_manifest_with_a_problem_after_the_lines_read() {
        byte[] start = (HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream broken = new InputStream() {
            int at;
            @Override public int read() throws IOException {
                if (at < start.length) return start[at++];
                throw new IOException("connection reset");
            }
        };
        List<ManifestLine> lines = read(broken, ManifestFormat.CSV);
        assertThat(lines).hasSize(2);
        ok(lines.get(0));
        assertThat(problems(lines.get(1))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ManifestCodes.MANIFEST_READ_FAILED);
            assertThat(p.message()).contains("connection reset");
        });
    }

    @Test
    void json_lines_carry_one_declaration_each_and_a_broken_one_keeps_its_lrn_for_the_report() {
        String good = "{\"type\":\"LOW_VALUE\",\"lrn\":\"J-1\",\"declarant\":{\"id\":\"GB100000000001\",\"name\":\"N\"}}";
        String broken = "{\"type\":\"LOW_VALUE\",\"lrn\":\"J-2\",\"declarant\":";
        List<ManifestLine> lines = read(good + "\n\n" + broken + "\n" + good, ManifestFormat.JSONL);
        assertThat(lines).hasSize(3);
        assertThat(ok(lines.get(0)).lrn().value()).isEqualTo("J-1");
        assertThat(lines.get(1).line()).isEqualTo(3);
        assertThat(lines.get(1).lrn()).isEqualTo("J-2");
        assertThat(problems(lines.get(1)).getFirst().code()).isEqualTo("JSON_MALFORMED");
        assertThat(lines.get(2).line()).isEqualTo(4);
    }

    @Test
    void media_types_name_the_formats() {
        assertThat(ManifestFormat.ofMediaType("text/csv; charset=utf-8")).contains(ManifestFormat.CSV);
        assertThat(ManifestFormat.ofMediaType("application/x-ndjson")).contains(ManifestFormat.JSONL);
        assertThat(ManifestFormat.ofMediaType("application/json")).isEmpty();
    }
}
