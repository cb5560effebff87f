package org.clearway.core.screening;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a watch list an analyst imports: UTF-8 CSV with a header row naming the columns
 * {@code entry_id,name} and optionally {@code aliases} (separated by {@code ;}) and {@code country}
 * (ISO alpha-2, several separated by {@code ;}), in any order. Every problem is reported with its
 * line, not just the first, and a list with any problem is refused whole.
 */
public final class ImportedListCsv {
    public static final int MAX_ENTRIES = 100_000;
    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_PROBLEMS = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    private static final Pattern LIST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private ImportedListCsv() {}

    /** Whether a list name is acceptable: 1 to 64 letters, digits, spaces, dots, dashes; not a bundled list's name. */
    public static boolean validListName(String name) {
        return name != null && LIST_NAME.matcher(name).matches()
                && !name.equalsIgnoreCase(SdnCsv.LIST) && !name.equalsIgnoreCase(UnConsolidatedXml.LIST);
    }

    public static ParsedList parse(String listName, byte[] csv, String source) {
        List<ListProblem> problems = new ArrayList<>();
        List<WatchListEntry> entries = new ArrayList<>();
        if (!validListName(listName)) {
            problems.add(new ListProblem(0, "BAD_LIST_NAME", "the list name must be 1 to 64 letters, digits, spaces, dots or dashes, and not OFAC-SDN or UN"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ListProblem(0, "NOT_UTF8", "the file is not UTF-8 text"));
            return new ParsedList(new WatchList(String.valueOf(listName), source, List.of()), problems);
        }
        List<CsvRecords.Row> rows = CsvRecords.parse(text, MAX_ENTRIES + 2, 16);
        if (rows.isEmpty()) {
            problems.add(new ListProblem(0, "EMPTY_LIST", "the file is empty; expected a header row entry_id,name[,aliases][,country] and entries"));
            return new ParsedList(new WatchList(String.valueOf(listName), source, List.of()), problems);
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.getFirst().fields();
        for (int i = 0; i < header.size(); i++) column.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        Integer idCol = column.get("entry_id"), nameCol = column.get("name");
        Integer aliasCol = column.get("aliases"), countryCol = column.get("country");
        if (idCol == null || nameCol == null) {
            problems.add(new ListProblem(1, "BAD_HEADER", "the first row must name the columns entry_id and name (optional: aliases, country); got "
                    + SdnCsv.clip(String.join(",", header))));
            return new ParsedList(new WatchList(String.valueOf(listName), source, List.of()), problems);
        }
        if (rows.size() - 1 > MAX_ENTRIES) {
            problems.add(new ListProblem(0, "TOO_MANY_ENTRIES", "a list holds at most " + MAX_ENTRIES + " entries"));
            return new ParsedList(new WatchList(String.valueOf(listName), source, List.of()), problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            if (problems.size() >= MAX_PROBLEMS) break;
            int line = row.line();
            if (row.unterminated()) { problems.add(new ListProblem(line, "UNTERMINATED_QUOTE", "a quoted field is not closed")); continue; }
            List<String> f = row.fields();
            String id = field(f, idCol), name = field(f, nameCol);
            boolean good = true;
            if (!ID.matcher(id).matches()) {
                problems.add(new ListProblem(line, "BAD_ENTRY_ID", "entry_id must be 1 to 64 letters, digits or . _ : / -, got '" + SdnCsv.clip(id) + "'"));
                good = false;
            } else if (seen.containsKey(id)) {
                problems.add(new ListProblem(line, "DUPLICATE_ENTRY_ID", "entry_id " + id + " was already used on line " + seen.get(id)));
                good = false;
            } else {
                seen.put(id, line);
            }
            if (NameNormaliser.rawTokens(name).isEmpty()) {
                problems.add(new ListProblem(line, "MISSING_NAME", "the name is empty or has no letters or digits"));
                good = false;
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(new ListProblem(line, "NAME_TOO_LONG", "a name has at most " + MAX_NAME_LENGTH + " characters"));
                good = false;
            }
            List<String> aliases = new ArrayList<>();
            if (aliasCol != null) {
                for (String a : field(f, aliasCol).split(";")) {
                    String t = a.trim();
                    if (t.isEmpty()) continue;
                    if (t.length() > MAX_NAME_LENGTH || aliases.size() >= 50) {
                        problems.add(new ListProblem(line, "BAD_ALIASES", "at most 50 aliases of at most " + MAX_NAME_LENGTH + " characters"));
                        good = false;
                        break;
                    }
                    aliases.add(t);
                }
            }
            List<String> countries = new ArrayList<>();
            if (countryCol != null) {
                for (String c : field(f, countryCol).split(";")) {
                    String t = c.trim();
                    if (t.isEmpty()) continue;
                    if (!COUNTRY.matcher(t).matches()) {
                        problems.add(new ListProblem(line, "BAD_COUNTRY", "country must be ISO 3166 alpha-2 in capitals (e.g. NL), got '" + SdnCsv.clip(t) + "'"));
                        good = false;
                    } else {
                        countries.add(t);
                    }
                }
            }
            if (good) entries.add(new WatchListEntry(listName, id, name.trim(), aliases, countries, "imported"));
        }
        if (entries.isEmpty() && problems.isEmpty()) problems.add(new ListProblem(0, "EMPTY_LIST", "the file has a header but no entries"));
        return new ParsedList(new WatchList(String.valueOf(listName), source, problems.isEmpty() ? entries : List.of()), problems);
    }

    private static String field(List<String> f, int i) { return i < f.size() ? f.get(i).trim() : ""; }
}
