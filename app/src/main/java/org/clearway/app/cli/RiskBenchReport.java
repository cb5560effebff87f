package org.clearway.app.cli;

import java.util.List;
import java.util.Set;
import org.clearway.app.bench.BenchParties;
import org.clearway.app.bench.RiskBench;
import org.clearway.core.screening.BundledWatchLists;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListIndex;
import org.clearway.core.screening.WatchListScreening;

/** Prints the risk benchmark's lines for `clearway bench`. */
final class RiskBenchReport {
    private static final int DECLARATIONS = 20_000;
    private static final long SEED = 20261128L;

    private RiskBenchReport() {}

    static void print(int profiles, boolean lists, double seconds) {
        if (!lists) {
            System.out.println("risk: parties screened against no lists (--no-lists); plain party names");
            var r = RiskBench.run(profiles, DECLARATIONS, BenchParties.generated(List.of(), BenchParties.Mix.REPEATING, DECLARATIONS, SEED),
                    RiskBench.Screening.of(PartyScreening.NONE), PartyScreening.NONE, seconds, seconds);
            line("no lists", r);
            return;
        }
        // the bundled OFAC SDN and UN lists, as the server screens with them; the baseline compares every entry
        List<WatchList> bundled = BundledWatchLists.load();
        WatchListScreening full = new WatchListScreening(WatchListIndex.of(bundled), Set.of());
        System.out.println("risk: parties screened against the bundled OFAC SDN and UN lists (baseline: every profile evaluated, every list entry compared); "
                + "real-looking unlisted party names, one declaration in 200 with a listed-name variant; caches emptied at the start of each pass over the "
                + DECLARATIONS + " declarations");
        var repeating = BenchParties.generated(bundled, BenchParties.Mix.REPEATING, DECLARATIONS, SEED);
        var r = RiskBench.run(profiles, DECLARATIONS, repeating, new RiskBench.Screening(full, full::forgetCaches), full::screenEveryEntry, seconds, seconds);
        line("repeating parties", r);
        // the same declarations with no screening at all: what the profiles, the random draw and the reasons cost alone, under the same load
        line("repeating parties, no screening (for reference)", RiskBench.run(profiles, DECLARATIONS, repeating,
                RiskBench.Screening.of(PartyScreening.NONE), null, seconds, seconds));
        var distinct = BenchParties.generated(bundled, BenchParties.Mix.ALL_DISTINCT, DECLARATIONS, SEED);
        var uncachedParties = full.withoutPartyCache();
        line("all parties distinct", RiskBench.run(profiles, DECLARATIONS, distinct, new RiskBench.Screening(uncachedParties, full::forgetCaches), null, seconds, seconds));
        var cold = full.cold();
        line("all parties distinct, no cache at all", RiskBench.run(profiles, DECLARATIONS, distinct, RiskBench.Screening.of(cold), null, seconds, seconds));
    }

    private static void line(String what, RiskBench.Result r) {
        System.out.printf("risk, %s (1 thread): %,.0f declarations assessed per CPU-second (per core) with %d active profiles (%d with no need to index them by); "
                        + "%.1f %% of party screenings repeat a party seen before in the pass; %.1f %% hit by a profile, %.2f %% with a watch-list match, %.1f %% red",
                what, r.indexedPerCpuSecond(), r.profiles(), r.unindexed(), r.partyRepeatShare() * 100, r.shareWithProfileHit() * 100,
                r.shareWatchListMatch() * 100, r.shareRed() * 100);
        if (r.naivePerCpuSecond() > 0) {
            System.out.printf("; baseline evaluating every profile and comparing every list entry: %,.1f per CPU-second; ratio %.1f "
                    + "(wall clock, with whatever else shares the cores: %,.0f/s vs %,.1f/s)%n", r.naivePerCpuSecond(), r.ratio(),
                    r.indexedPerWallSecond(), r.naivePerWallSecond());
        } else {
            System.out.printf(" (wall clock: %,.0f/s)%n", r.indexedPerWallSecond());
        }
        System.out.printf("  load average (1 min) now: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
