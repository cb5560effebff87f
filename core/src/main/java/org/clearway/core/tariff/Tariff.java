package org.clearway.core.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A national tariff: the administration's settings, its lines (by code) with their measures, and the
 * origin groups measures refer to. A line's duty measures (third-country, preferential, non-MFN) come
 * from the line or its nearest ancestor that sets any; additional duties, excise and prohibitions
 * set on a heading add to every line under it. An open tariff lists no lines of its own: any code the HS
 * nomenclature accepts is declarable and takes the measures of its longest listed prefix (a code "*"
 * holds the measures for every code). Immutable.
 */
public final class Tariff {
    /** The code under which an open tariff keeps measures that apply to every commodity. */
    public static final String EVERY_CODE = "*";

    private final TariffSettings settings;
    private final NavigableMap<String, TariffLine> lines;
    private final Map<String, OriginGroup> groups;
    private final boolean open;
    private final String source;
    /** Per line that sets duty measures, those measures (the holders of {@link #measuresHolder}). */
    private final Map<String, List<Measure>> dutyMeasures;
    /** The lines that set stacking measures (additional duties, excise, prohibitions): few, so scanned. */
    private final List<TariffLine> stackingLines;

    public Tariff(TariffSettings settings, List<TariffLine> lines, Map<String, OriginGroup> groups, boolean open, String source) {
        this.settings = settings;
        TreeMap<String, TariffLine> byCode = new TreeMap<>();
        for (TariffLine line : lines) {
            TariffLine previous = byCode.putIfAbsent(line.code(), line);
            if (previous != null) throw new IllegalArgumentException("tariff line " + line.code() + " appears twice");
        }
        this.lines = java.util.Collections.unmodifiableNavigableMap(byCode);
        this.groups = Map.copyOf(groups);
        this.open = open;
        this.source = source;
        java.util.HashMap<String, List<Measure>> duty = new java.util.HashMap<>();
        List<TariffLine> stacking = new ArrayList<>();
        for (TariffLine l : byCode.values()) {
            List<Measure> own = l.measures().stream().filter(m -> !m.type().stacks()).toList();
            if (!own.isEmpty()) duty.put(l.code(), own);
            if (own.size() < l.measures().size()) stacking.add(l);
        }
        this.dutyMeasures = duty;
        this.stackingLines = List.copyOf(stacking);
    }

    public TariffSettings settings() { return settings; }
    public Map<String, OriginGroup> groups() { return groups; }
    public boolean isOpen() { return open; }
    public String source() { return source; }
    public java.util.Collection<TariffLine> lines() { return lines.values(); }

    public TariffLookup lookup(String code) {
        if (open) {
            Optional<TariffLine> holder = measuresHolder(code);
            if (holder.isEmpty()) return new TariffLookup.Unknown(code);
            TariffLine line = lines.getOrDefault(code, new TariffLine(code, 0, "", List.of(), List.of()));
            return new TariffLookup.Found(code, line, holder.get(), resolved(holder.get(), code));
        }
        TariffLine line = lines.get(code);
        List<TariffLine> leaves = leavesUnder(code);
        if (line == null && leaves.isEmpty()) return new TariffLookup.Unknown(code);
        TariffLine holder = null;
        List<Measure> measures = null;
        for (TariffLine leaf : leaves) {
            Optional<TariffLine> h = measuresHolder(leaf.code());
            if (h.isEmpty()) return new TariffLookup.NotDeclarable(code, codes(leaves));
            List<Measure> m = resolved(h.get(), leaf.code());
            if (holder == null) {
                holder = h.get();
                measures = m;
            } else if (m != measures && !sameMeasures(measures, m)) {
                return new TariffLookup.NotDeclarable(code, codes(leaves));
            }
        }
        if (holder == null) return new TariffLookup.NotDeclarable(code, codes(leaves));
        return new TariffLookup.Found(code, line == null ? holder : line, holder, measures);
    }

    /** The lines under a code (itself included) that have no lines under them. */
    private List<TariffLine> leavesUnder(String code) {
        List<TariffLine> leaves = new ArrayList<>();
        TariffLine previous = null;
        for (TariffLine l : lines.tailMap(code, true).values()) {
            if (!l.code().startsWith(code)) break;
            if (previous != null && !l.code().startsWith(previous.code())) leaves.add(previous);
            previous = l;
        }
        if (previous != null) leaves.add(previous);
        return leaves;
    }

    /** The line itself or its nearest ancestor (by code prefix) that sets duty measures (third-country, preferential, non-MFN). */
    private Optional<TariffLine> measuresHolder(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String prefix = code.substring(0, n);
            if (dutyMeasures.containsKey(prefix)) return Optional.of(lines.get(prefix));
        }
        return dutyMeasures.containsKey(EVERY_CODE) ? Optional.of(lines.get(EVERY_CODE)) : Optional.empty();
    }

    /**
     * The duty measures of the holder, then the stacking measures (additional duties, excise,
     * prohibitions) of every line from the widest heading down to the code itself.
     */
    private List<Measure> resolved(TariffLine holder, String code) {
        List<Measure> duty = dutyMeasures.get(holder.code());
        List<Measure> all = null;
        // stackingLines is in code order, so "*" comes first and a heading before its lines.
        for (TariffLine l : stackingLines) {
            if (!l.code().equals(EVERY_CODE) && !code.startsWith(l.code())) continue;
            if (all == null) all = new ArrayList<>(duty);
            for (Measure m : l.measures()) if (m.type().stacks()) all.add(m);
        }
        return all == null ? duty : all;
    }

    private static boolean sameMeasures(List<Measure> a, List<Measure> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Measure x = a.get(i), y = b.get(i);
            if (x.type() != y.type() || !x.area().equals(y.area()) || !java.util.Objects.equals(x.expression(), y.expression())
                    || !java.util.Objects.equals(x.validFrom(), y.validFrom()) || !java.util.Objects.equals(x.validTo(), y.validTo())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> codes(List<TariffLine> lines) {
        return lines.stream().map(TariffLine::code).limit(50).toList();
    }

    /** True if the measure's geographical area covers the origin on the date (a group only while its programme is in force). */
    public boolean covers(Measure m, String origin, LocalDate date) {
        if (m.area().equals(Measure.ERGA_OMNES)) return true;
        if (m.area().equals(origin)) return true;
        OriginGroup g = groups.get(m.area());
        return g != null && g.covers(origin, date);
    }

    /**
     * The measures that apply to goods of the origin on the date: in force and covering the origin; a
     * non-MFN duty, where one applies, removes the third-country and preferential duties.
     */
    public List<Measure> applicable(List<Measure> measures, String origin, LocalDate date) {
        // Loops rather than streams: this runs for every item of every declaration.
        List<Measure> in = new ArrayList<>(measures.size());
        boolean nonMfn = false;
        for (Measure m : measures) {
            if (m.inForceOn(date) && covers(m, origin, date)) {
                in.add(m);
                nonMfn |= m.type() == MeasureType.NON_MFN_DUTY;
            }
        }
        if (nonMfn) in.removeIf(m -> m.type() == MeasureType.THIRD_COUNTRY_DUTY || m.type() == MeasureType.PREFERENTIAL_DUTY);
        return Collections.unmodifiableList(in);
    }
}
