package org.clearway.core.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFAC's SDN list in its sdn.csv layout: no header; columns ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; "-0-" means
 * empty. The aliases (OFAC's alt.csv) are not in this file, so they are taken from the remarks,
 * where OFAC writes them as {@code a.k.a. 'NAME'} (also f.k.a., n.k.a.); nationality, citizenship
 * and vessel flag give the entry's countries. A row that cannot be an entry is a problem, not an
 * exception; OFAC's trailing end-of-file mark (Ctrl-Z) is ignored.
 */
public final class SdnCsv {
    public static final String LIST = "OFAC-SDN";
    static final int MAX_ROWS = 1_000_000;
    private static final Pattern ALIAS = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s*'([^']{1,300})'", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY = Pattern.compile("\\b(?:nationality|citizen|Nationality of Registration)\\s+([A-Za-z ,'()-]{2,60}?)(?:;|\\.|$)");

    private SdnCsv() {}

    public static ParsedList parse(byte[] csv, String source) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\u001a", "");
        List<WatchListEntry> entries = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CsvRecords.Row row : CsvRecords.parse(text, MAX_ROWS, 12)) {
            List<String> f = row.fields();
            if (row.unterminated()) { problems.add(new ListProblem(row.line(), "UNTERMINATED_QUOTE", "a quoted field is not closed")); continue; }
            String id = value(f, 0), name = value(f, 1);
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit) || id.length() > 12) {
                problems.add(new ListProblem(row.line(), "BAD_ENTRY_NUMBER", "ent_num must be a number, got '" + clip(id) + "'"));
                continue;
            }
            if (name.isEmpty()) { problems.add(new ListProblem(row.line(), "MISSING_NAME", "entry " + id + " has no SDN_Name")); continue; }
            if (!seen.add(id)) { problems.add(new ListProblem(row.line(), "DUPLICATE_ENTRY", "entry " + id + " appears twice")); continue; }
            String remarks = value(f, 11);
            Set<String> aliases = new LinkedHashSet<>();
            Matcher m = ALIAS.matcher(remarks);
            while (m.find()) aliases.add(m.group(1).trim());
            Set<String> countries = new LinkedHashSet<>();
            Matcher c = COUNTRY.matcher(remarks);
            while (c.find()) CountryNames.bundled().code(c.group(1).trim()).ifPresent(countries::add);
            CountryNames.bundled().code(value(f, 9)).ifPresent(countries::add);
            String type = value(f, 2);
            entries.add(new WatchListEntry(LIST, id, name, List.copyOf(aliases), List.copyOf(countries), type.isEmpty() ? "entity" : type));
        }
        if (entries.isEmpty() && problems.isEmpty()) problems.add(new ListProblem(0, "EMPTY_LIST", "the file holds no entries"));
        return new ParsedList(new WatchList(LIST, source, entries), problems);
    }

    private static String value(List<String> f, int i) {
        if (i >= f.size()) return "";
        String v = f.get(i).trim();
        return v.equals("-0-") ? "" : v;
    }

    static String clip(String s) { return s.length() > 40 ? s.substring(0, 40) + "..." : s; }
}
