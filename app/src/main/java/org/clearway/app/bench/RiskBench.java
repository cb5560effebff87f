package org.clearway.app.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.profile.Compiled;
import org.clearway.core.profile.CompiledProfile;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileLanguage;
import org.clearway.core.profile.ProfileScope;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.profile.ProfileVersion;
import org.clearway.core.profile.ValidityPeriod;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.RandomRates;
import org.clearway.core.risk.RiskAssessment;
import org.clearway.core.risk.RiskSettings;
import org.clearway.core.risk.ScoreThresholds;
import org.clearway.core.screening.PartyScreening;

/**
 * Risk assessment (lane allocation) per second in one thread with many profiles in force, against
 * the naive baseline in the same run: the same assessment evaluating every profile for every
 * declaration in CEL's interpreter (the assessment measured runs the expressions compiled to Java). Profiles and declarations are generated from a seed, in the shapes analysts write
 * (goods and origin, value per kilogram, trader, office, plus a few that no index can narrow).
 * Screening is whatever {@link PartyScreening} is passed in; both sides use the same.
 */
public final class RiskBench {
    private static final String[] ORIGINS = {"CN", "VN", "IN", "TR", "US", "BD", "TH", "MY", "ID", "PK", "KR", "JP", "TW", "MX", "BR",
            "ZA", "EG", "MA", "AE", "SG", "HK", "PH", "LK", "KH", "NG", "KE", "CO", "PE", "CL", "AR"};
    private static final int OFFICES = 40, TRADERS = 2000;

    /**
     * Rates per second of the thread's CPU time (per core: what the machine gives one core when it
     * is not shared) and per second of wall-clock time (lower when other processes share the cores).
     * {@code naivePer...} are 0 when the baseline was not measured.
     */
    public record Result(int profiles, int unindexed, int declarations, double indexedPerCpuSecond, double naivePerCpuSecond,
                         double indexedPerWallSecond, double naivePerWallSecond, double shareWithProfileHit, double shareRed,
                         BenchParties.Mix mix, double partyRepeatShare, double shareWatchListMatch) {
        public double ratio() { return indexedPerCpuSecond / naivePerCpuSecond; }
    }

    /** The screening measured: {@code forgetCaches} empties whatever it caches, run before each pass over the declarations. */
    public record Screening(PartyScreening screening, Runnable forgetCaches) {
        public static Screening of(PartyScreening s) { return new Screening(s, () -> {}); }
    }

    /** Without lists and without the party population: the generated parties carry plain names (as before names were screened). */
    public static Result run(int profileCount, int declarationCount, PartyScreening screening, double warmup, double seconds) {
        return run(profileCount, declarationCount, BenchParties.generated(List.of(), BenchParties.Mix.REPEATING, declarationCount, 20261128L),
                Screening.of(screening), screening, warmup, seconds);
    }

    /**
     * The assessment with {@code screening}, over declarations whose parties come from {@code parties};
     * the baseline evaluates every profile and screens with {@code naiveScreening} (e.g. every list
     * entry compared), unless that is null (then only the assessment is measured). The indexed and
     * every-profile assessments are checked to decide alike with the same screening first, since the
     * every-entry screening is too slow to compare on thousands of declarations. Each pass over the
     * declarations starts with the screening's caches emptied, so a cache helps only as much as
     * parties repeat within the {@code declarationCount} declarations.
     */
    public static Result run(int profileCount, int declarationCount, BenchParties parties, Screening screening, PartyScreening naiveScreening,
                             double warmup, double seconds) {
        Random r = new Random(20261128);
        List<CompiledProfile> profiles = new ArrayList<>(profileCount);
        for (int i = 0; i < profileCount; i++) profiles.add(compile(i + 1, profile(r, i)));
        ProfileSnapshot snapshot = new ProfileSnapshot(profiles);
        List<Declaration> declarations = new ArrayList<>(declarationCount);
        for (int i = 0; i < declarationCount; i++) declarations.add(declaration(r, i, parties));
        List<Mrn> mrns = new ArrayList<>(declarationCount);
        for (int i = 0; i < declarationCount; i++) mrns.add(Mrn.of(2026, "GB", i + 1));

        var settings = new RiskSettings(RandomRates.of(0.02, 0.05), ScoreThresholds.defaults(), 20261128L);
        RiskAssessment indexed = new RiskAssessment(snapshot, screening.screening(), settings);
        RiskAssessment naive = indexed.evaluatingEveryProfile();
        RiskAssessment naiveMeasured = naiveScreening == null || naiveScreening == screening.screening() ? naive : naive.withScreening(naiveScreening);

        // Both must decide alike, or the comparison means nothing.
        int withHit = 0, red = 0, watched = 0;
        for (int i = 0; i < declarationCount; i++) {
            LaneDecision a = indexed.allocate(declarations.get(i), mrns.get(i));
            if (i < 2000 && !a.equals(naive.allocate(declarations.get(i), mrns.get(i)))) {
                throw new IllegalStateException("the indexed assessment decided otherwise than the naive one for declaration " + i);
            }
            if (a.reasons().stream().anyMatch(x -> x.code().startsWith("PROFILE_"))) withHit++;
            if (a.reasons().stream().anyMatch(x -> x.code().equals("WATCHLIST_MATCH"))) watched++;
            if (a.lane() == Lane.RED) red++;
        }

        long[] sink = new long[1];
        int[] next = new int[1];
        Runnable fast = () -> {
            int i = next[0]++ % declarationCount;
            if (i == 0) screening.forgetCaches().run();
            sink[0] += indexed.allocate(declarations.get(i), mrns.get(i)).lane().ordinal();
        };
        Runnable slow = () -> {
            int i = next[0]++ % declarationCount;
            sink[0] += naiveMeasured.allocate(declarations.get(i), mrns.get(i)).lane().ordinal();
        };
        measure(fast, warmup);
        double[] fastRate = measure(fast, seconds);
        double[] slowRate = {0, 0};
        if (naiveScreening != null) {
            measure(slow, warmup / 2);
            slowRate = measure(slow, seconds);
        }
        if (sink[0] == 42) System.out.print("");
        return new Result(profileCount, snapshot.unindexedCount(), declarationCount, fastRate[0], slowRate[0], fastRate[1], slowRate[1],
                withHit / (double) declarationCount, red / (double) declarationCount, parties.mix(), repeatShare(declarations),
                watched / (double) declarationCount);
    }

    /** The share of party screenings (non-empty parties of all declarations) whose name and country were screened earlier in the list. */
    static double repeatShare(List<Declaration> declarations) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        long total = 0, repeats = 0;
        for (Declaration d : declarations) {
            for (Party p : new Party[] {d.declarant(), d.importer(), d.exporter(), d.seller(), d.buyer()}) {
                if (p == null || p.name() == null) continue;
                total++;
                String country = p.address() == null || p.address().country() == null ? "" : p.address().country().value();
                if (!seen.add(p.name() + "|" + country)) repeats++;
            }
        }
        return total == 0 ? 0 : repeats / (double) total;
    }

    /** Runs the operation for about the given wall-clock time; returns {per CPU second, per wall second}. */
    static double[] measure(Runnable op, double seconds) {
        var threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long n = 0;
        while (true) {
            for (int i = 0; i < 50; i++) op.run();
            n += 50;
            long now = System.nanoTime();
            if (now >= deadline) {
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                return new double[] {n / (cpu / 1e9), n / ((now - start) / 1e9)};
            }
        }
    }

    private static String heading(Random r) { return String.format("%02d%02d", 1 + r.nextInt(97), 1 + r.nextInt(20)); }

    static String origin(Random r) {
        // a skewed mix, as in real trade: the first few origins carry most of the lines
        int i = (int) Math.min(ORIGINS.length - 1, Math.floor(Math.abs(r.nextGaussian()) * 6));
        return ORIGINS[i];
    }

    private static String office(Random r) { return String.format("GB%06d", r.nextInt(OFFICES)); }

    private static String trader(Random r) { return String.format("GB%012d", r.nextInt(TRADERS)); }

    static final int TRADER_COUNT = TRADERS;

    /** The shapes and shares of profiles: what the index can narrow (98 %) and what it cannot (2 %). */
    private static ProfileDefinition profile(Random r, int i) {
        int kind = i % 50;
        String expr;
        ProfileAction action = new ProfileAction.SendTo(r.nextBoolean() ? Lane.YELLOW : Lane.RED);
        if (kind < 20) {
            expr = "hsCodes.exists(h, h.startsWith(\"" + heading(r) + "\")) && \"" + origin(r) + "\" in origins";
        } else if (kind < 30) {
            expr = "items.exists(i, i.heading == \"" + heading(r) + "\" && i.valuePerKg < " + (1 + r.nextInt(20)) + ".0)";
            action = new ProfileAction.AddScore(10 + r.nextInt(60));
        } else if (kind < 35) {
            expr = "items.exists(i, i.hs.startsWith(\"" + String.format("%02d", 1 + r.nextInt(97)) + "\") && i.origin == \"" + origin(r)
                    + "\" && i.value > " + (5000 + r.nextInt(15000)) + ".0)";
        } else if (kind < 40) {
            expr = "declarant == \"" + trader(r) + "\" && invoiceTotal > " + (1000 + r.nextInt(20000)) + ".0";
        } else if (kind < 44) {
            expr = "\"" + ORIGINS[10 + r.nextInt(20)] + "\" in origins && mode == \"AIR\"";
        } else if (kind < 49) {
            expr = "office == \"" + office(r) + "\" && size(items) >= 5 && !aeo";
        } else {
            expr = "!aeo && invoiceTotal > " + (200_000 + r.nextInt(800_000)) + ".0";
        }
        ProfileScope scope = r.nextInt(10) == 0 ? new ProfileScope(Set.of(), Set.of(DeclarationType.IMPORT)) : ProfileScope.everywhere();
        return new ProfileDefinition("bench " + i, expr, action, "generated profile " + i,
                ValidityPeriod.from(LocalDate.of(2026, 1, 1)), scope, r.nextInt(5) == 0);
    }

    private static CompiledProfile compile(long id, ProfileDefinition d) {
        return switch (ProfileLanguage.compile(new ProfileVersion(id, 1, d))) {
            case Compiled.Ok(var p) -> p;
            case Compiled.Refused(var errors) -> throw new IllegalStateException("bench profile refused: " + d.expression() + " " + errors);
        };
    }

    private static Declaration declaration(Random r, int n, BenchParties parties) {
        int lines = 1 + r.nextInt(5);
        List<GoodsItem> items = new ArrayList<>(lines);
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < lines; k++) {
            BigDecimal value = BigDecimal.valueOf(50 + r.nextInt(20_000));
            BigDecimal kg = BigDecimal.valueOf(1 + r.nextInt(2_000));
            total = total.add(value);
            String hs = heading(r) + String.format("%02d", 10 * (1 + r.nextInt(9)));
            items.add(new GoodsItem(k + 1, new HsCode(hs), "goods", new CountryCode(origin(r)), new Quantity(BigDecimal.ONE, "NAR"),
                    kg, kg, value, "4000", null));
        }
        int trader = r.nextInt(TRADERS);
        String exportCountry = origin(r);
        TransportMode mode = r.nextInt(4) == 0 ? TransportMode.AIR : TransportMode.SEA;
        List<String> aeo = r.nextInt(5) == 0 ? List.of("GBAEOC" + n) : List.of();
        String office = office(r);
        Party[] p = parties.of(n, trader, String.format("GB%012d", trader), exportCountry, r);
        return new Declaration(DeclarationType.IMPORT, new Lrn("BENCH-" + n), null, p[0], p[1], p[2], p[3], p[4],
                new Invoice(new Money(total, new CurrencyCode("GBP")), LocalDate.of(2026, 11, 1)), null,
                new Transport(mode, "VESSEL", office, null, null, LocalDate.of(2026, 11, 20)), items, List.of(), aeo);
    }
}
