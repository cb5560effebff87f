package org.clearway.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Declaration;
import org.clearway.formats.RandomText;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/**
 * The direct CSV decoder ({@link CsvDecoder}) against the reference path ({@link CsvTree}: the JSON
 * tree read by the API's decoder), over many generated lines, valid and broken: each field a likely
 * value or, now and then, a mutation (empty, blank, too long, a bad code, a bad number or date,
 * non-ASCII, quotes and commas, lone surrogates). Properties, seeded so a failure is reproducible:
 * <ul>
 *   <li>the direct decoder gives a declaration exactly when the reference gives Ok, and the same one
 *       (so the same canonical JSON bytes and content hash);</li>
 *   <li>a whole manifest read by {@link ManifestReader#open} (direct, falling back to the reference for
 *       refused lines) gives line for line what {@link ManifestReader#openReference} gives: line
 *       numbers, LRNs, declarations and problems (codes, columns, messages).</li>
 * </ul>
 */
class CsvDecoderDifferentialTest {
    private static final DeclarationJsonCodec JSON = new DeclarationJsonCodec();
    private static final List<ManifestColumn> ALL = List.of(ManifestColumn.values());

    @Test
    void the_direct_decoder_gives_what_the_json_tree_gives_for_every_field_list() {
        Random random = new Random(20261128L);
        int ok = 0;
        int refused = 0;
        for (int header = 0; header < 40; header++) {
            List<ManifestColumn> columns = header == 0 ? ALL : columns(random);
            CsvDecoder direct = new CsvDecoder(columns);
            CsvTree reference = new CsvTree(columns);
            for (int n = 0; n < 1_000; n++) {
                List<String> values = values(random, columns, random.nextInt(3) == 0 ? 0.0 : 0.03);
                Decoded expected = reference.decode(values);
                Declaration got = direct.decode(values);
                if (expected instanceof Decoded.Ok(var declaration)) {
                    assertThat(got).as("fields %s", values).isEqualTo(declaration);
                    assertThat(JSON.encode(got)).isEqualTo(JSON.encode(declaration));
                    assertThat(JSON.contentHash(got)).isEqualTo(JSON.contentHash(declaration));
                    ok++;
                } else {
                    assertThat(got).as("fields %s have problems %s", values, expected).isNull();
                    refused++;
                }
            }
        }
        // Both sides of the property are exercised, not just one.
        assertThat(ok).isGreaterThan(10_000);
        assertThat(refused).isGreaterThan(5_000);
    }

    @Test
    void a_manifest_reads_the_same_line_for_line_both_ways() {
        Random random = new Random(4242L);
        for (int file = 0; file < 30; file++) {
            List<ManifestColumn> columns = file == 0 ? ALL : columns(random);
            StringBuilder csv = new StringBuilder();
            csv.append(String.join(",", columns.stream().map(ManifestColumn::header).toList())).append(file % 2 == 0 ? "\n" : "\r\n");
            for (int n = 0; n < 500; n++) {
                List<String> values = new ArrayList<>(values(random, columns, random.nextInt(2) == 0 ? 0.0 : 0.03));
                int shape = random.nextInt(100);
                if (shape == 0) values.removeLast();
                else if (shape == 1) values.add("extra");
                csv.append(line(random, values, shape == 2)).append(random.nextInt(50) == 0 ? "\n\n" : "\n");
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            List<ManifestLine> direct = readAll(ManifestReader.open(new ByteArrayInputStream(bytes), ManifestFormat.CSV));
            List<ManifestLine> reference = readAll(ManifestReader.openReference(new ByteArrayInputStream(bytes), ManifestFormat.CSV));
            assertThat(direct).hasSize(500).isEqualTo(reference);
            assertThat(direct.stream().filter(l -> l.decoded() instanceof Decoded.Ok).count()).as("file %d", file).isGreaterThan(100);
            assertThat(direct.stream().filter(l -> l.decoded() instanceof Decoded.Invalid).count()).as("file %d", file).isGreaterThan(20);
        }
    }

    @Test
    void the_benchmark_style_line_takes_the_direct_path() {
        List<ManifestColumn> columns = ALL.stream().filter(c -> ManifestReaderTest.HEADER.contains(c.header())).toList();
        List<String> values = ((CsvFields.Split.Fields) CsvFields.split(ManifestReaderTest.GOOD)).values();
        List<ManifestColumn> inOrder = Arrays.stream(ManifestReaderTest.HEADER.split(",")).map(h -> ManifestColumn.ofHeader(h).orElseThrow()).toList();
        assertThat(columns).containsExactlyInAnyOrderElementsOf(inOrder);
        Declaration direct = new CsvDecoder(inOrder).decode(values);
        assertThat(direct).isNotNull();
        assertThat(new CsvTree(inOrder).decode(values)).isEqualTo(new Decoded.Ok(direct));
    }

    private static List<ManifestLine> readAll(ManifestReader reader) {
        List<ManifestLine> lines = new ArrayList<>();
        for (var line = reader.next(); line.isPresent(); line = reader.next()) lines.add(line.get());
        return lines;
    }

    /** A header: LRN and declarant id and a random choice of the rest, in a random order. */
    private static List<ManifestColumn> columns(Random random) {
        List<ManifestColumn> columns = new ArrayList<>(List.of(ManifestColumn.LRN, ManifestColumn.DECLARANT_ID));
        for (ManifestColumn c : ManifestColumn.values()) {
            if (!columns.contains(c) && random.nextInt(4) != 0) {
                columns.add(c);
                // Half a pair would make every line a problem: take both halves.
                ManifestColumn other = pair(c);
                if (other != null && !columns.contains(other)) columns.add(other);
            }
        }
        Collections.shuffle(columns, random);
        return columns;
    }

    /** One field per column: a likely value, often empty, and with probability {@code mutate} a mutation. */
    private static List<String> values(Random random, List<ManifestColumn> columns, double mutate) {
        List<String> values = new ArrayList<>(columns.size());
        for (ManifestColumn c : columns) {
            String v = random.nextInt(12) == 0 && c != ManifestColumn.LRN && pair(c) == null ? "" : good(random, c);
            if (random.nextDouble() < mutate) v = mutation(random, c, v);
            values.add(v);
        }
        return values;
    }

    /** The other half of a column that needs one (an amount and its currency, a quantity and its unit), or null. */
    private static ManifestColumn pair(ManifestColumn c) {
        return switch (c) {
            case INVOICE_AMOUNT -> ManifestColumn.INVOICE_CURRENCY;
            case INVOICE_CURRENCY -> ManifestColumn.INVOICE_AMOUNT;
            case QUANTITY -> ManifestColumn.QUANTITY_UNIT;
            case QUANTITY_UNIT -> ManifestColumn.QUANTITY;
            default -> null;
        };
    }

    private static String good(Random r, ManifestColumn c) {
        return switch (c) {
            case LRN -> RandomText.code(r, 12) + (r.nextBoolean() ? "" : "-" + RandomText.digits(r, 3)) + (r.nextInt(10) == 0 ? "/a.b_c" : "");
            case DECLARANT_ID, CONSIGNEE_ID, CONSIGNOR_ID -> RandomText.letters(r, 2) + RandomText.draw(r, RandomText.LETTERS + RandomText.DIGITS, 1 + r.nextInt(15));
            case DECLARANT_NAME, CONSIGNEE_NAME, CONSIGNOR_NAME, CONSIGNEE_STREET, CONSIGNOR_STREET ->
                    RandomText.draw(r, "abcXYZ ,\"'-&é漢", 1 + r.nextInt(70));
            case CONSIGNEE_CITY, CONSIGNOR_CITY, CONSIGNEE_POSTCODE, CONSIGNOR_POSTCODE -> RandomText.draw(r, "abcXYZ 0123-,\"é", 1 + r.nextInt(35));
            case CONSIGNEE_COUNTRY, CONSIGNOR_COUNTRY, ORIGIN -> RandomText.letters(r, 2);
            case INVOICE_AMOUNT, QUANTITY, GROSS_MASS, NET_MASS, VALUE -> decimal(r);
            case INVOICE_CURRENCY -> RandomText.letters(r, 3);
            case INVOICE_DATE, ARRIVAL_DATE -> date(r);
            case TRANSPORT_MODE -> Integer.toString(1 + r.nextInt(9));
            case CONVEYANCE_ID, CUSTOMS_OFFICE, QUANTITY_UNIT -> RandomText.code(r, 10);
            case LOADING_LOCATION, UNLOADING_LOCATION -> RandomText.letters(r, 2) + RandomText.draw(r, "ABCXYZ23456789", 3);
            case HS_CODE -> RandomText.digits(r, 2 * (2 + r.nextInt(4)));
            case DESCRIPTION -> RandomText.draw(r, "abc XYZ,\"0.9é漢", 1 + r.nextInt(200)) + (r.nextInt(10) == 0 ? "😀" : "");
        };
    }

    private static String decimal(Random r) {
        String whole = r.nextInt(5) == 0 ? "0" : Integer.toString(1 + r.nextInt(100_000));
        String fraction = r.nextBoolean() ? "" : "." + RandomText.digits(r, 1 + r.nextInt(6));
        return (r.nextInt(30) == 0 ? "-" : "") + whole + fraction;
    }

    /** Mostly real dates; now and then a day that does not exist (29 to 31, month 13). */
    private static String date(Random r) {
        int year = r.nextInt(20) == 0 ? r.nextInt(10_000) : 2020 + r.nextInt(8);
        int month = 1 + r.nextInt(r.nextInt(20) == 0 ? 13 : 12);
        int day = 1 + r.nextInt(r.nextInt(20) == 0 ? 31 : 28);
        return "%04d-%02d-%02d".formatted(year, month, day);
    }

    private static final String[] TOO_MANY_DIGITS = {"12345678901234567", "1.1234567", "00000000000000001.5", "99999999999999999999.000000"};

    private static String mutation(Random r, ManifestColumn c, String v) {
        return switch (r.nextInt(18)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "\t" + v;
            case 3 -> v + " ";
            case 4 -> RandomText.draw(r, "abcXYZ0123", 36);
            case 5 -> RandomText.draw(r, "abcXYZ0123", 71);
            case 6 -> RandomText.draw(r, "abcXYZ0123", 513);
            case 7 -> v.toLowerCase();
            case 8 -> v + "é";
            case 9 -> "漢" + v;
            case 10 -> new String[] {"1e5", "-", "1.", ".5", "--1", "+1", "0x10", "1,5", "NaN", "1 000"}[r.nextInt(10)];
            case 11 -> TOO_MANY_DIGITS[r.nextInt(TOO_MANY_DIGITS.length)];
            case 12 -> new String[] {"2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "9999-12-31",
                    "2026-1-01", "26-01-01", "+2026-01-01", "2026/01/01"}[r.nextInt(11)];
            case 13 -> new String[] {"0", "6", "10", "-4", "0004", "1234567890", "123456789", "4.0", " 4"}[r.nextInt(9)];
            case 14 -> "\"" + v + "\"";
            case 15 -> v + "," + v;
            case 16 -> r.nextBoolean() ? "\uD800" + v : v + "\uDC00"; // a lone surrogate: only the field-list property can carry it
            default -> v.isEmpty() ? "x" : v.substring(0, r.nextInt(v.length()));
        };
    }

    /**
     * The fields as one CSV line: quoted where they must be (and sometimes where they need not be);
     * with {@code raw} a field that needs quoting is written bare, which breaks the line. A lone
     * surrogate cannot be written as UTF-8, so it becomes '?'.
     */
    private static String line(Random r, List<String> values, boolean raw) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) s.append(',');
            String v = withoutLoneSurrogates(values.get(i));
            boolean must = v.indexOf(',') >= 0 || v.indexOf('"') >= 0;
            if (!raw && (must || r.nextInt(20) == 0)) s.append('"').append(v.replace("\"", "\"\"")).append('"');
            else s.append(v);
        }
        return s.toString();
    }

    private static String withoutLoneSurrogates(String v) {
        StringBuilder s = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) s.append(c).append(v.charAt(++i));
            else s.append(Character.isSurrogate(c) ? '?' : c);
        }
        return s.toString();
    }
}
