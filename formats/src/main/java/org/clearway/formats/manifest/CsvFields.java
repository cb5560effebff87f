package org.clearway.formats.manifest;

import java.util.Arrays;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting: fields may be quoted, a quote inside is doubled) into its
 * fields. A manifest line is one consignment, so a quoted field cannot span lines.
 */
final class CsvFields {
    /** The fields, or why the line cannot be split. */
    sealed interface Split {
        record Fields(List<String> values) implements Split {}
        record Broken(String message) implements Split {}
    }

    private CsvFields() {}

    static Split split(String line) {
        return split(line, 32);
    }

    /** Splits a line expected to hold {@code expected} fields (it may hold more or fewer). */
    static Split split(String line, int expected) {
        String[] fields = new String[Math.max(1, expected)];
        int count = 0;
        StringBuilder field = null; // only for quoted fields; an unquoted one is a substring of the line
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                if (field == null) field = new StringBuilder();
                field.setLength(0);
                int opened = i;
                i++;
                while (true) {
                    if (i >= n) return new Split.Broken("the quote opened at column " + (opened + 1) + " is not closed before the end of the line");
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') { field.append('"'); i += 2; }
                        else { i++; break; }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    return new Split.Broken("unexpected text after the closing quote at column " + i + "; a quoted field ends at a comma");
                }
                if (count == fields.length) fields = Arrays.copyOf(fields, count * 2);
                fields[count++] = field.toString();
            } else {
                int start = i;
                while (i < n && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') return new Split.Broken("a quote at column " + (i + 1) + " inside an unquoted field; quote the whole field and double the quote");
                    i++;
                }
                if (count == fields.length) fields = Arrays.copyOf(fields, count * 2);
                fields[count++] = line.substring(start, i);
            }
            if (i >= n) return new Split.Fields(Arrays.asList(count == fields.length ? fields : Arrays.copyOf(fields, count)));
            i++; // the comma
        }
    }
}
