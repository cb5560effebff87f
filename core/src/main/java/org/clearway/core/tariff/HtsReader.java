package org.clearway.core.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the US Harmonized Tariff Schedule (USITC CSV: HTS Number, Indent, Description, Unit of
 * Quantity, General, Special, Column 2, ...). A line with a rate text gets: the general rate as the
 * third-country duty for every origin; each special rate as a preferential duty for the group
 * {@code US-<programme>} (groups.csv says which origins each programme covers; a programme with no
 * group applies to no origin); the column 2 rate as the non-MFN duty for group {@code US-COL2}.
 * Lines without a rate text take their parent's measures. A text that cannot be read becomes a
 * measure without an expression, so the line still stops the search at itself and the calculator
 * answers a problem instead of using a parent's rate.
 */
final class HtsReader {
    static final String COLUMN_2_GROUP = "US-COL2";

    private HtsReader() {}

    static LoadedTariff read(TariffSource source, String file, TariffSettings settings, Map<String, OriginGroup> groups, LocalDate from) {
        if (file == null) throw new IllegalArgumentException("settings.csv: hts_file is missing");
        List<TariffLine> lines = new ArrayList<>();
        List<UnparsedRate> unparsed = new ArrayList<>();
        int[] counts = new int[3];
        for (List<String> row : TariffReader.rows(source, file, true)) {
            String code = TariffCsv.field(row, 0).replace(".", "");
            if (code.isEmpty()) continue;
            if (!code.matches("[0-9]{4,10}")) throw new IllegalArgumentException(file + ": " + code + " is not an HTS number");
            List<Measure> measures = new ArrayList<>();
            String general = TariffCsv.field(row, 4);
            if (!general.isEmpty()) {
                measures.add(new Measure(MeasureType.THIRD_COUNTRY_DUTY, Measure.ERGA_OMNES,
                        count(code, "general", general, RateTextParser.parse(general), counts, unparsed), general, from, null, "HTS general rate"));
            }
            String special = TariffCsv.field(row, 5);
            if (!special.isEmpty()) {
                Optional<List<RateTextParser.SpecialRate>> rates = RateTextParser.parseSpecial(special);
                if (rates.isEmpty()) {
                    counts[0]++;
                    unparsed.add(new UnparsedRate(code, "special", special));
                } else {
                    for (RateTextParser.SpecialRate r : rates.get()) {
                        count(code, "special", special, Optional.of(r.expression()), counts, unparsed);
                        for (String programme : r.programmes()) {
                            measures.add(new Measure(MeasureType.PREFERENTIAL_DUTY, "US-" + programme, r.expression(),
                                    special, from, null, "HTS special programme " + programme));
                        }
                    }
                }
            }
            String column2 = TariffCsv.field(row, 6);
            if (!column2.isEmpty()) {
                measures.add(new Measure(MeasureType.NON_MFN_DUTY, COLUMN_2_GROUP,
                        count(code, "column 2", column2, RateTextParser.parse(column2), counts, unparsed), column2, from, null, "HTS column 2"));
            }
            int indent = TariffCsv.field(row, 1).isEmpty() ? 0 : Integer.parseInt(TariffCsv.field(row, 1));
            lines.add(new TariffLine(code, indent, RateTextParser.normalise(TariffCsv.field(row, 2)), units(TariffCsv.field(row, 3)), measures));
        }
        lines = withAdditionalMeasures(source, lines, groups);
        Tariff tariff = new Tariff(settings, lines, groups, false, "USITC Harmonized Tariff Schedule 2024 (basic edition)");
        return new LoadedTariff(tariff, counts[0], counts[1], counts[2], unparsed);
    }

    /**
     * The measures the USITC CSV cannot carry, from an optional {@code measures.csv} in the neutral
     * format beside it: chapter 99 additional duties (Section 301, 232, ...) whose product lists and
     * origins are in the chapter 99 U.S. notes, not in the CSV. Each row adds to the line it names
     * (which must exist); its rate texts are not part of the HTS parse coverage, and one that does
     * not parse stops the start: it is configuration, written by hand.
     */
    private static List<TariffLine> withAdditionalMeasures(TariffSource source, List<TariffLine> lines, Map<String, OriginGroup> groups) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (TariffLine l : lines) codes.add(l.code());
        List<UnparsedRate> unparsed = new ArrayList<>();
        Map<String, List<Measure>> extra = TariffReader.measures(source, "measures.csv", false, groups, codes::contains, new int[3], unparsed);
        if (!unparsed.isEmpty()) {
            throw new IllegalArgumentException("measures.csv: the expression \"" + unparsed.getFirst().text() + "\" for "
                    + unparsed.getFirst().code() + " does not parse");
        }
        if (extra.isEmpty()) return lines;
        List<TariffLine> merged = new ArrayList<>(lines.size());
        for (TariffLine l : lines) {
            List<Measure> more = extra.get(l.code());
            if (more == null) { merged.add(l); continue; }
            List<Measure> all = new ArrayList<>(l.measures());
            all.addAll(more);
            merged.add(new TariffLine(l.code(), l.indent(), l.description(), l.units(), all));
        }
        return merged;
    }

    /** counts: rate texts, computable, references. Returns the expression or null. */
    private static DutyExpression count(String code, String column, String text, Optional<DutyExpression> e,
                                        int[] counts, List<UnparsedRate> unparsed) {
        counts[0]++;
        if (e.isEmpty()) {
            unparsed.add(new UnparsedRate(code, column, text));
            return null;
        }
        if (e.get() instanceof DutyExpression.Reference) counts[2]++;
        else counts[1]++;
        return e.get();
    }

    /** {@code ["doz.","kg"]} to its unit names. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        for (String u : text.replaceAll("[\\[\\]]", "").split("\",\"")) {
            String name = RateTextParser.normalise(u.replace("\"", "").replace("\\/", "/"));
            if (!name.isEmpty()) units.add(name);
        }
        return units;
    }
}
