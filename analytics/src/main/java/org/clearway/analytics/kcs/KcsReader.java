package org.clearway.analytics.kcs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.Outcome;

/**
 * Reads the Korea Customs Service data set (columns as in its header: Declaration ID, Date, Office ID,
 * ..., HS6 Code or HS10 Code, ..., Net Mass, Item Price, Fraud, Critical Fraud) into declared items
 * and, when the label columns are there, their inspection outcomes. Columns are found by name, in
 * any order. A missing column or a malformed value stops the read with a message naming the column
 * and the line (1 = the header).
 */
public final class KcsReader {
    static final List<String> REQUIRED = List.of("Declaration ID", "Date", "Office ID", "Process Type", "Import Type",
            "Import Use", "Payment Type", "Mode of Transport", "Declarant ID", "Importer ID", "Seller ID", "Courier ID",
            "Country of Departure", "Country of Origin", "Tax Rate", "Tax Type", "Country of Origin Indicator",
            "Net Mass", "Item Price");
    static final List<String> HS_COLUMNS = List.of("HS6 Code", "HS10 Code");

    public enum Labels { REQUIRED, OPTIONAL }

    private KcsReader() {}

    public static KcsData read(Path file, Labels labels) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString(), labels);
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot be read: " + e.getMessage());
        }
    }

    public static KcsData read(Reader reader, String name, Labels labels) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String headerLine = in.readLine();
        if (headerLine == null) throw new DataFileException(name + ": line 1: the file is empty; expected the KCS header");
        if (headerLine.startsWith("\uFEFF")) headerLine = headerLine.substring(1);
        List<String> header = split(headerLine);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) at.put(header.get(i).trim(), i);
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) if (!at.containsKey(c)) missing.add(c);
        String hsColumn = HS_COLUMNS.stream().filter(at::containsKey).findFirst().orElse(null);
        if (hsColumn == null) missing.add("HS6 Code (or HS10 Code)");
        boolean hasFraud = at.containsKey("Fraud");
        if (labels == Labels.REQUIRED && !hasFraud) missing.add("Fraud");
        if (!missing.isEmpty()) {
            throw new DataFileException(name + ": line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
        }
        Integer critical = at.get("Critical Fraud");
        Integer revenue = at.get("Revenue");
        Row row = new Row(name, at);
        List<ItemFacts> items = new ArrayList<>();
        List<Outcome> outcomes = hasFraud ? new ArrayList<>() : null;
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            row.set(split(line), lineNo, header.size());
            items.add(new ItemFacts(row.text("Declaration ID", true), row.date("Date"), row.text("Office ID", false),
                    row.text("Process Type", false), row.text("Import Type", false), row.text("Import Use", false),
                    row.text("Payment Type", false), row.text("Mode of Transport", false), row.text("Declarant ID", false),
                    row.text("Importer ID", false), row.text("Seller ID", false), row.text("Courier ID", false),
                    row.hs(hsColumn), row.text("Country of Departure", false), row.text("Country of Origin", false),
                    row.number("Tax Rate"), row.text("Tax Type", false), row.text("Country of Origin Indicator", false),
                    row.number("Net Mass"), row.number("Item Price")));
            if (hasFraud) {
                int fraud = row.integer("Fraud", 0, 1);
                int crit = critical == null ? fraud : row.integer("Critical Fraud", 0, 2);
                double rev = revenue == null ? Double.NaN : row.number("Revenue");
                outcomes.add(new Outcome(fraud == 1, crit, rev));
            }
        }
        return new KcsData(List.copyOf(items), outcomes == null ? null : List.copyOf(outcomes));
    }

    /** Comma-separated fields; a field in double quotes may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(24);
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') { f.append('"'); i++; }
                    else quoted = false;
                } else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { out.add(f.toString()); f.setLength(0); }
            else f.append(c);
        }
        out.add(f.toString());
        return out;
    }

    /** One data line being read, with the position for error messages. */
    private static final class Row {
        private final String name;
        private final Map<String, Integer> at;
        private List<String> fields;
        private int line;

        Row(String name, Map<String, Integer> at) { this.name = name; this.at = at; }

        void set(List<String> fields, int line, int expected) {
            if (fields.size() != expected) {
                throw new DataFileException(name + ": line " + line + ": " + fields.size() + " fields, the header has " + expected);
            }
            this.fields = fields;
            this.line = line;
        }

        private DataFileException bad(String column, String value, String expected) {
            return new DataFileException(name + ": line " + line + ", column '" + column + "': '" + value + "' is not " + expected);
        }

        String text(String column, boolean required) {
            String v = fields.get(at.get(column)).trim();
            if (required && v.isEmpty()) throw bad(column, v, "a value (it is required)");
            return v;
        }

        LocalDate date(String column) {
            String v = text(column, true);
            try { return LocalDate.parse(v); } catch (DateTimeParseException e) { throw bad(column, v, "a date (YYYY-MM-DD)"); }
        }

        double number(String column) {
            String v = text(column, false);
            if (v.isEmpty()) return Double.NaN;
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw bad(column, v, "a finite number");
                return d;
            } catch (NumberFormatException e) { throw bad(column, v, "a number"); }
        }

        int integer(String column, int min, int max) {
            String v = text(column, true);
            try {
                double d = Double.parseDouble(v);
                if (d != Math.rint(d) || d < min || d > max) throw bad(column, v, "an integer from " + min + " to " + max);
                return (int) d;
            } catch (NumberFormatException e) { throw bad(column, v, "an integer from " + min + " to " + max); }
        }

        String hs(String column) {
            String v = text(column, false);
            if (v.endsWith(".0")) v = v.substring(0, v.length() - 2);
            for (int i = 0; i < v.length(); i++) if (!Character.isDigit(v.charAt(i))) throw bad(column, v, "an HS code (digits)");
            // the data set lost leading zeros (chapter 01-09): put them back so chapters compare right
            if (column.equals("HS6 Code") && v.length() == 5) v = "0" + v;
            if (column.equals("HS10 Code") && v.length() == 9) v = "0" + v;
            return v;
        }
    }
}
