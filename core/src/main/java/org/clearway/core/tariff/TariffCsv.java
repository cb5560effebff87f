package org.clearway.core.tariff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as tariff files use it: quoted fields may hold commas, doubled quotes and line breaks
 * (the HTS has rate texts over two lines); a leading byte order mark is dropped. Returns every row,
 * the header first.
 */
final class TariffCsv {
    private TariffCsv() {}

    static List<List<String>> read(Reader in) {
        java.io.StringWriter all = new java.io.StringWriter();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(all.toString());
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, any = false;
        int n = text.length();
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') field.append(c);
                else if (i + 1 < n && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c) {
                case '"' -> { quoted = true; any = true; }
                case ',' -> { row.add(field.toString()); field.setLength(0); any = true; }
                case '\r' -> { }
                case '\n' -> {
                    if (any || !field.isEmpty()) { row.add(field.toString()); rows.add(row); }
                    row = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> { field.append(c); any = true; }
            }
        }
        if (quoted) throw new IllegalArgumentException("CSV ends inside a quoted field");
        if (any || !field.isEmpty()) { row.add(field.toString()); rows.add(row); }
        return rows;
    }

    static String field(List<String> row, int i) {
        return i < row.size() ? row.get(i).strip() : "";
    }
}
