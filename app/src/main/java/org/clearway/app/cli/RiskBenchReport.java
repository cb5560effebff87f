package org.clearway.app.cli;

import org.clearway.app.bench.RiskBench;
import org.clearway.core.screening.PartyScreening;

/** Prints the risk benchmark's line for `clearway bench`. */
final class RiskBenchReport {
    private RiskBenchReport() {}

    /** Watch-list screening joins here when it has a snapshot to offer; until then no lists are loaded. */
    static PartyScreening screening() { return PartyScreening.NONE; }

    static void print(int profiles, double seconds) {
        var r = RiskBench.run(profiles, 20_000, screening(), seconds, seconds);
        System.out.printf("risk (1 thread): %,.0f declarations assessed per CPU-second (per core) with %d active profiles (%d with no need to index them by), "
                        + "%.1f %% hit by a profile, %.1f %% red; baseline evaluating every profile: %,.0f per CPU-second; ratio %.1f "
                        + "(wall clock, with whatever else shares the cores: %,.0f/s vs %,.0f/s)%n",
                r.indexedPerCpuSecond(), r.profiles(), r.unindexed(), r.shareWithProfileHit() * 100, r.shareRed() * 100,
                r.naivePerCpuSecond(), r.ratio(), r.indexedPerWallSecond(), r.naivePerWallSecond());
    }
}
