package org.clearway.core.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;

/**
 * The active profiles at one moment, compiled and indexed; immutable and safe to share between
 * threads. It is rebuilt whole when a profile is activated or retired, and the new one replaces
 * the old (the application holds it in an AtomicReference), so an assessment always sees one
 * consistent set.
 *
 * <p>Each profile is filed under its most selective need (see {@link IndexGuard}): index keys, or a
 * minimum invoice total; without one, under its scope's offices or declaration types. A declaration
 * looks up its own keys and total and considers only the profiles found there, plus the few that
 * have no need at all; a candidate's other needs are checked before its expression runs.
 */
public final class ProfileSnapshot {
    public static final ProfileSnapshot EMPTY = new ProfileSnapshot(List.of());

    private final List<CompiledProfile> profiles;
    /** Per field but HS, the value ({@code CN}, {@code GB000084}) → profiles filed under it. */
    private final Map<String, int[]>[] index;
    private final HsPrefixIndex hsPrefixes;
    private final int[] unindexed;
    /** Profiles filed under a minimum invoice total, by ascending threshold. */
    private final double[] totalThresholds;
    private final int[] byTotal;

    public ProfileSnapshot(List<CompiledProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        Map<FactKey.Field, Map<String, List<Integer>>> byKey = new EnumMap<>(FactKey.Field.class);
        List<Integer> always = new ArrayList<>();
        List<double[]> totals = new ArrayList<>();
        HsPrefixIndex hs = new HsPrefixIndex();
        for (int i = 0; i < this.profiles.size(); i++) {
            CompiledProfile p = this.profiles.get(i);
            if (p.bestNeed() instanceof Need.TotalAbove(var min, var inclusive)) {
                totals.add(new double[] {min, i});
                continue;
            }
            Set<String> keys = keysOf(p);
            if (keys.isEmpty()) always.add(i);
            for (String k : keys) {
                // a key of no known field names no fact a declaration has: the profile can never be met through it
                FactKey key = FactKey.parse(k);
                if (key == null) continue;
                if (key.field() == FactKey.Field.HS) hs.add(key.value(), i);
                else byKey.computeIfAbsent(key.field(), x -> new HashMap<>()).computeIfAbsent(key.value(), x -> new ArrayList<>()).add(i);
            }
        }
        totals.sort((a, b) -> Double.compare(a[0], b[0]));
        this.totalThresholds = totals.stream().mapToDouble(t -> t[0]).toArray();
        this.byTotal = totals.stream().mapToInt(t -> (int) t[1]).toArray();
        this.hsPrefixes = hs.seal();
        @SuppressWarnings("unchecked")
        Map<String, int[]>[] idx = new Map[FactKey.Field.values().length];
        for (FactKey.Field f : FactKey.Field.values()) {
            Map<String, int[]> m = new HashMap<>();
            byKey.getOrDefault(f, Map.of()).forEach((k, v) -> m.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            idx[f.ordinal()] = m;
        }
        this.index = idx;
        this.unindexed = always.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Set<String> keysOf(CompiledProfile p) {
        if (!p.guard().isEmpty()) return p.guard();
        ProfileScope scope = p.version().definition().scope();
        if (!scope.offices().isEmpty()) {
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (String o : scope.offices()) keys.add("office=" + o);
            return keys;
        }
        if (!scope.types().isEmpty()) {
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (DeclarationType t : scope.types()) keys.add("type=" + t.name());
            return keys;
        }
        return Set.of();
    }

    public List<CompiledProfile> profiles() { return profiles; }

    public int size() { return profiles.size(); }

    /** How many profiles have no index key and are evaluated for every declaration. */
    public int unindexedCount() { return unindexed.length; }

    /** The profiles that hit, evaluating only the candidates the index finds. */
    public ProfileHits hits(DeclarationFacts facts) {
        if (profiles.isEmpty()) return ProfileHits.NONE;
        long[] candidates = new long[(profiles.size() + 63) >>> 6];
        for (int i : unindexed) candidates[i >>> 6] |= 1L << i;
        double total = facts.invoiceTotal();
        for (int t = 0; t < totalThresholds.length && totalThresholds[t] <= total; t++) {
            int i = byTotal[t];
            candidates[i >>> 6] |= 1L << i;
        }
        Declaration d = facts.declaration();
        for (GoodsItem item : d.items()) {
            if (item == null) continue;
            if (item.hsCode() != null) hsPrefixes.mark(item.hsCode().value(), candidates);
            if (item.origin() != null) mark(FactKey.Field.ORIGIN, item.origin().value(), candidates);
        }
        mark(FactKey.Field.TYPE, facts.typeName(), candidates);
        mark(FactKey.Field.OFFICE, facts.office(), candidates);
        mark(FactKey.Field.DECLARANT, FactKey.id(d.declarant()), candidates);
        mark(FactKey.Field.IMPORTER, FactKey.id(d.importer()), candidates);
        mark(FactKey.Field.EXPORTER, FactKey.id(d.exporter()), candidates);
        List<CompiledProfile> hits = new ArrayList<>(2);
        List<CompiledProfile> exempted = List.of();
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                exempted = consider(profiles.get(i), facts, hits, exempted, true);
            }
        }
        return hits.isEmpty() && exempted.isEmpty() ? ProfileHits.NONE : new ProfileHits(hits, exempted);
    }

    private void mark(FactKey.Field field, String value, long[] candidates) {
        if (value == null) return;
        int[] found = index[field.ordinal()].get(value);
        if (found != null) for (int i : found) candidates[i >>> 6] |= 1L << i;
    }

    /**
     * The baseline the index is measured against: every profile's expression run in CEL's
     * interpreter for every declaration (in scope and validity), with no index, no needs checked and
     * nothing compiled to Java. Same answer as {@link #hits}.
     */
    public ProfileHits hitsEvaluatingEveryProfile(DeclarationFacts facts) {
        List<CompiledProfile> hits = new ArrayList<>(2);
        List<CompiledProfile> exempted = List.of();
        for (CompiledProfile p : profiles) exempted = consider(p, facts, hits, exempted, false);
        return hits.isEmpty() && exempted.isEmpty() ? ProfileHits.NONE : new ProfileHits(hits, exempted);
    }

    private static List<CompiledProfile> consider(CompiledProfile p, DeclarationFacts facts, List<CompiledProfile> hits,
                                                  List<CompiledProfile> exempted, boolean checkNeeds) {
        ProfileDefinition d = p.version().definition();
        if (!d.scope().covers(facts.office(), facts.type())) return exempted;
        // A declaration without any date is judged by every profile: leaving it unassessed would be worse.
        if (facts.date() != null && !d.validity().contains(facts.date())) return exempted;
        if (!(checkNeeds ? p.matches(facts) : p.interpret(facts))) return exempted;
        if (d.aeoExempt() && facts.aeo()) {
            List<CompiledProfile> more = exempted.isEmpty() ? new ArrayList<>(1) : exempted;
            more.add(p);
            return more;
        }
        hits.add(p);
        return exempted;
    }
}
