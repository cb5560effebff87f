package org.clearway.formats.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;

/**
 * The direct CSV decoder against the reference path for any input. {@code directEqualsReference}:
 * any bytes as a CSV manifest read both ways give equal lines (declarations, problems, line numbers,
 * LRNs). {@code fieldsDecodeAlike}: any bytes, taken as UTF-16 code units (so lone surrogates too) and
 * cut at line breaks into the fields of a line under the full header, decode to the same declaration
 * both ways, or the direct decoder refuses exactly the lines the reference finds a problem in.
 * In a normal build this runs the seed corpus in src/test/resources/.../CsvDecoderFuzzTestInputs/;
 * fuzz for real with JAZZER_FUZZ=1.
 */
class CsvDecoderFuzzTest {
    private static final List<ManifestColumn> ALL = List.of(ManifestColumn.values());
    private static final DeclarationJsonCodec JSON = new DeclarationJsonCodec();

    @FuzzTest(maxDuration = "60s")
    void directEqualsReference(byte[] input) throws Exception {
        List<ManifestLine> direct = readAll(ManifestReader.open(new ByteArrayInputStream(input), ManifestFormat.CSV));
        List<ManifestLine> reference = readAll(ManifestReader.openReference(new ByteArrayInputStream(input), ManifestFormat.CSV));
        assertThat(direct).isEqualTo(reference);
    }

    @FuzzTest(maxDuration = "60s")
    void fieldsDecodeAlike(byte[] input) {
        char[] units = new char[input.length / 2];
        for (int i = 0; i < units.length; i++) units[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
        List<String> values = new ArrayList<>(Arrays.asList(new String(units).split("\n", -1)));
        if (values.size() > ALL.size()) values = values.subList(0, ALL.size());
        while (values.size() < ALL.size()) values.add("");
        Decoded expected = new CsvTree(ALL).decode(values);
        Declaration got = new CsvDecoder(ALL).decode(values);
        if (expected instanceof Decoded.Ok(var declaration)) {
            assertThat(got).isEqualTo(declaration);
            assertThat(JSON.contentHash(got)).isEqualTo(JSON.contentHash(declaration));
        } else {
            assertThat(got).isNull();
        }
    }

    private static List<ManifestLine> readAll(ManifestReader reader) throws Exception {
        List<ManifestLine> lines = new ArrayList<>();
        try (reader) {
            for (var line = reader.next(); line.isPresent(); line = reader.next()) lines.add(line.get());
        }
        return lines;
    }
}
