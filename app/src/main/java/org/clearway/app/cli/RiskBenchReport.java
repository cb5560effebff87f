package org.clearway.app.cli;

import org.clearway.app.bench.RiskBench;
import java.util.Set;
import org.clearway.core.screening.BundledWatchLists;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.WatchListIndex;
import org.clearway.core.screening.WatchListScreening;

/** Prints the risk benchmark's line for `clearway bench`. */
final class RiskBenchReport {
    private RiskBenchReport() {}

    static void print(int profiles, boolean lists, double seconds) {
        PartyScreening screening = PartyScreening.NONE;
        PartyScreening naive = PartyScreening.NONE;
        if (lists) {
            // the bundled OFAC SDN and UN lists, as the server screens with them; the baseline compares every entry
            var full = new WatchListScreening(WatchListIndex.of(BundledWatchLists.load()), Set.of());
            screening = full;
            naive = full::screenEveryEntry;
        }
        System.out.println("risk: parties screened against " + (lists ? "the bundled OFAC SDN and UN lists (baseline: every entry compared)" : "no lists (--no-lists)"));
        var r = RiskBench.run(profiles, 20_000, screening, naive, seconds, seconds);
        System.out.printf("risk (1 thread): %,.0f declarations assessed per CPU-second (per core) with %d active profiles (%d with no need to index them by), "
                        + "%.1f %% hit by a profile, %.1f %% red; baseline evaluating every profile: %,.0f per CPU-second; ratio %.1f "
                        + "(wall clock, with whatever else shares the cores: %,.0f/s vs %,.0f/s)%n",
                r.indexedPerCpuSecond(), r.profiles(), r.unindexed(), r.shareWithProfileHit() * 100, r.shareRed() * 100,
                r.naivePerCpuSecond(), r.ratio(), r.indexedPerWallSecond(), r.naivePerWallSecond());
    }
}
