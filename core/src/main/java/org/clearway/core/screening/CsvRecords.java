package org.clearway.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks). Never throws: an unterminated quote ends the record at the end of the text, and the
 * caller is told through {@link Row#unterminated}.
 */
final class CsvRecords {
    /** A record with the line it starts on. */
    record Row(int line, List<String> fields, boolean unterminated) {}

    private CsvRecords() {}

    static List<Row> parse(String text, int maxRows, int maxFields) {
        List<Row> rows = new ArrayList<>();
        int i = 0, n = text.length(), line = 1;
        if (n > 0 && text.charAt(0) == '\uFEFF') i = 1;
        while (i < n && rows.size() < maxRows) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false, unterminated = false, endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') { f.append('"'); i += 2; continue; }
                        quoted = false;
                    } else {
                        if (c == '\n') line++;
                        f.append(c);
                    }
                    i++;
                } else if (c == '"') {
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    if (fields.size() < maxFields) fields.add(f.toString());
                    f.setLength(0);
                    i++;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                    i++;
                    line++;
                    endOfRecord = true;
                } else {
                    f.append(c);
                    i++;
                }
            }
            if (quoted) unterminated = true;
            if (fields.size() < maxFields) fields.add(f.toString());
            boolean blank = fields.size() == 1 && fields.getFirst().isBlank();
            if (!blank) rows.add(new Row(startLine, fields, unterminated));
        }
        return rows;
    }
}
