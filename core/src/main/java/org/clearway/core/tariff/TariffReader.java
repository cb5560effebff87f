package org.clearway.core.tariff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;

/**
 * Reads a tariff in the neutral format (docs/tariff.md): {@code settings.csv} (key,value),
 * {@code groups.csv} (id,description,members), {@code lines.csv} (code,indent,description,units) and
 * {@code measures.csv} (code,measure_type,area,expression,valid_from,valid_to,legal_base). A US HTS
 * tariff has the same settings and groups with its lines and measures from the HTS CSV instead (see
 * {@link HtsReader}). A malformed file fails with the file, row and reason: it is configuration.
 */
public final class TariffReader {
    private TariffReader() {}

    public static LoadedTariff read(TariffSource source) {
        Map<String, String> settings = keyValues(source, "settings.csv");
        TariffSettings s = settings(settings);
        Map<String, OriginGroup> groups = groups(source);
        if (settings.getOrDefault("format", "neutral").equals("us-hts")) {
            return HtsReader.read(source, settings.get("hts_file"), s, groups, date(settings.get("measures_valid_from"), "settings.csv"));
        }
        boolean open = Boolean.parseBoolean(settings.getOrDefault("open", "false"));
        Map<String, TariffLine> lines = new LinkedHashMap<>();
        for (List<String> row : rows(source, "lines.csv", false)) {
            String code = TariffCsv.field(row, 0);
            lines.put(code, new TariffLine(code, Integer.parseInt(TariffCsv.field(row, 1)), TariffCsv.field(row, 2),
                    words(TariffCsv.field(row, 3)), List.of()));
        }
        List<UnparsedRate> unparsed = new ArrayList<>();
        int[] counts = new int[3];
        Map<String, List<Measure>> measures = measures(source, "measures.csv", true, groups,
                code -> open || lines.containsKey(code), counts, unparsed);
        for (var m : measures.entrySet()) {
            TariffLine l = lines.get(m.getKey());
            lines.put(m.getKey(), l == null ? new TariffLine(m.getKey(), 0, "", List.of(), m.getValue())
                    : new TariffLine(l.code(), l.indent(), l.description(), l.units(), m.getValue()));
        }
        Tariff tariff = new Tariff(s, new ArrayList<>(lines.values()), groups, open, settings.getOrDefault("source", s.name()));
        return new LoadedTariff(tariff, counts[0], counts[1], counts[2], unparsed);
    }

    /**
     * The measures of a file in the neutral measures format, by code. {@code known} says whether a code
     * is a line of the tariff; counts: rate texts, computable, references (the unparsed are listed).
     */
    static Map<String, List<Measure>> measures(TariffSource source, String file, boolean required, Map<String, OriginGroup> groups,
                                               Predicate<String> known, int[] counts, List<UnparsedRate> unparsed) {
        Map<String, List<Measure>> measures = new LinkedHashMap<>();
        int n = 1;
        for (List<String> row : rows(source, file, required)) {
            n++;
            String code = TariffCsv.field(row, 0);
            MeasureType type;
            try {
                type = MeasureType.valueOf(TariffCsv.field(row, 1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " row " + n + ": measure type " + TariffCsv.field(row, 1) + " is not one of "
                        + Arrays.toString(MeasureType.values()));
            }
            String area = TariffCsv.field(row, 2);
            String text = TariffCsv.field(row, 3);
            DutyExpression e = null;
            if (!text.isEmpty()) {
                counts[0]++;
                Optional<DutyExpression> parsed = RateTextParser.parse(text);
                if (parsed.isEmpty()) unparsed.add(new UnparsedRate(code, file + " row " + n, text));
                else if (parsed.get() instanceof DutyExpression.Reference) counts[2]++;
                else counts[1]++;
                e = parsed.orElse(null);
            } else if (type != MeasureType.PROHIBITION) {
                throw new IllegalArgumentException(file + " row " + n + ": a " + type + " needs an expression");
            }
            if (!known.test(code)) throw new IllegalArgumentException(file + " row " + n + ": no line " + code + " in the tariff");
            if (!area.equals(Measure.ERGA_OMNES) && !groups.containsKey(area) && !area.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(file + " row " + n + ": area " + area + " is neither 1011, a country nor a group");
            }
            measures.computeIfAbsent(code, k -> new ArrayList<>()).add(new Measure(type, area, e, text,
                    date(TariffCsv.field(row, 4), file), date(TariffCsv.field(row, 5), file), TariffCsv.field(row, 6)));
        }
        return measures;
    }

    static TariffSettings settings(Map<String, String> v) {
        Set<DeclarationType> types = EnumSet.noneOf(DeclarationType.class);
        for (String t : words(v.getOrDefault("de_minimis_declaration_types", ""))) types.add(DeclarationType.valueOf(t));
        String vatBase = require(v, "vat_base");
        if (!vatBase.equals("customs_value_plus_duty") && !vatBase.equals("customs_value")) {
            throw new IllegalArgumentException("settings.csv: vat_base is customs_value_plus_duty or customs_value, not " + vatBase);
        }
        BigDecimal lowValueCeiling = new BigDecimal(require(v, "low_value_ceiling"));
        return new TariffSettings(require(v, "id"), require(v, "name"), new CountryCode(require(v, "country")),
                new CurrencyCode(require(v, "currency")), ValuationBasis.valueOf(require(v, "valuation_basis")),
                new BigDecimal(require(v, "vat_percent")).movePointLeft(2), vatBase.equals("customs_value_plus_duty"),
                new BigDecimal(require(v, "duty_de_minimis")), new BigDecimal(require(v, "tax_de_minimis")), types,
                lowValueCeiling, bool(v, "vat_base_includes_excise"), flatDuty(v, types, lowValueCeiling));
    }

    /** The flat duty per heading that replaces the de minimis, when {@code flat_duty_amount} is set. */
    private static ParcelFlatDuty flatDuty(Map<String, String> v, Set<DeclarationType> deMinimisTypes, BigDecimal lowValueCeiling) {
        String amount = v.getOrDefault("flat_duty_amount", "");
        if (amount.isEmpty()) return null;
        int digits = switch (v.getOrDefault("flat_duty_per", "heading")) {
            case "heading" -> 4;
            case "subheading" -> 6;
            case "line" -> 0;
            default -> throw new IllegalArgumentException("settings.csv: flat_duty_per is heading, subheading or line, not "
                    + v.get("flat_duty_per"));
        };
        Set<DeclarationType> types = EnumSet.noneOf(DeclarationType.class);
        String listed = v.getOrDefault("flat_duty_declaration_types", "");
        if (listed.isBlank()) types.addAll(deMinimisTypes);
        else for (String t : words(listed)) types.add(DeclarationType.valueOf(t));
        String ceiling = v.getOrDefault("flat_duty_ceiling", "");
        return new ParcelFlatDuty(new BigDecimal(amount), digits, types, ceiling.isEmpty() ? lowValueCeiling : new BigDecimal(ceiling),
                date(v.get("flat_duty_valid_from"), "settings.csv"));
    }

    private static boolean bool(Map<String, String> v, String key) {
        String value = v.getOrDefault(key, "false");
        if (!value.equals("true") && !value.equals("false")) throw new IllegalArgumentException("settings.csv: " + key + " is true or false, not " + value);
        return value.equals("true");
    }

    private static String require(Map<String, String> v, String key) {
        String value = v.get(key);
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("settings.csv: " + key + " is missing");
        return value;
    }

    static Map<String, OriginGroup> groups(TariffSource source) {
        Map<String, OriginGroup> groups = new HashMap<>();
        for (List<String> row : rows(source, "groups.csv", false)) {
            String id = TariffCsv.field(row, 0);
            groups.put(id, new OriginGroup(id, TariffCsv.field(row, 1), Set.copyOf(words(TariffCsv.field(row, 2))),
                    date(TariffCsv.field(row, 3), "groups.csv"), date(TariffCsv.field(row, 4), "groups.csv")));
        }
        return groups;
    }

    private static Map<String, String> keyValues(TariffSource source, String file) {
        Map<String, String> v = new HashMap<>();
        for (List<String> row : rows(source, file, true)) v.put(TariffCsv.field(row, 0), TariffCsv.field(row, 1));
        return v;
    }

    /** Data rows (header dropped) of a file; an absent optional file has none. */
    static List<List<String>> rows(TariffSource source, String file, boolean required) {
        Optional<Reader> in = source.open(file);
        if (in.isEmpty()) {
            if (required) throw new IllegalArgumentException("the tariff has no " + file);
            return List.of();
        }
        try (Reader r = in.get()) {
            List<List<String>> rows = TariffCsv.read(r);
            return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(String text, String file) {
        if (text == null || text.isEmpty()) return null;
        try {
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(file + ": " + text + " is not a date YYYY-MM-DD");
        }
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.strip().split("\\s+")).collect(Collectors.toList());
    }
}
