package org.clearway.core.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a bundled CSV file (RFC 4180 quoting, UTF-8, an optional byte order mark) row by row. Our
 * files have no line breaks inside fields, so a row is a line. A missing file is a packaging
 * fault, not bad input, so it fails loudly.
 */
final class CsvResource {
    static final String ROOT = "/org/clearway/reference/";

    private CsvResource() {}

    /** The header row's fields. */
    static List<String> header(String file) {
        try (BufferedReader lines = open(file)) {
            String header = lines.readLine();
            return header == null ? List.of() : split(stripByteOrderMark(header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
    }

    /** Calls {@code row} for every data row (the header is skipped). */
    static void forEachRow(String file, Consumer<List<String>> row) {
        try (BufferedReader lines = open(file)) {
            String header = lines.readLine();
            if (header == null) return;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) row.accept(split(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
    }

    private static BufferedReader open(String file) {
        InputStream in = CsvResource.class.getResourceAsStream(ROOT + file);
        if (in == null) throw new IllegalStateException("reference data missing from the classpath: " + ROOT + file);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Java's UTF-8 decoder keeps a byte order mark (the HS 2017 file has one) as U+FEFF. */
    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }

    /** Splits one line into fields; a quoted field may hold commas and doubled quotes. */
    static List<String> split(String line) {
        if (line.indexOf('"') < 0) return plainSplit(line);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Most rows quote nothing; splitting them at commas is several times faster. */
    private static List<String> plainSplit(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            fields.add(line.substring(start, comma));
            start = comma + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    /** True if the text is {@code length} ASCII characters, each accepted by {@code allowed}. */
    static boolean isCode(String text, int length, java.util.function.IntPredicate allowed) {
        return text.length() == length && text.chars().allMatch(allowed);
    }

    static boolean isUpperLetter(int c) { return c >= 'A' && c <= 'Z'; }

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    /** The field at {@code index}, trimmed, or "" when the row is shorter. */
    static String field(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }
}
