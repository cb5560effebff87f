package org.clearway.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time release figures (after the WCO Time Release Study): from lodgement (SUBMITTED) to release
 * (RELEASED), by lane and by office, as median and 90th percentile; and the time each step took, from
 * one event to the next, so that the slowest steps show. Pure: computed from the events alone.
 */
final class ReleaseTimes {
    private ReleaseTimes() {}

    /** A distribution: how many, median, 90th percentile (nearest rank). */
    record Spread(String label, int count, Duration median, Duration p90) {}

    record Figures(List<Spread> byLane, List<Spread> byOffice, List<Spread> steps, int released) {}

    /**
     * The figures, taken from events one at a time as they come from the database (grouped by
     * declaration, in the order they happened): only the current declaration's previous event is
     * held, and each group's durations in a growing array of nanoseconds, so a dashboard over a
     * million bulk-lodged consignments does not hold their three million events.
     */
    static final class Tally implements java.util.function.Consumer<DashboardData.Event> {
        private final Map<String, Durations> byLane = new TreeMap<>();
        private final Map<String, Durations> byOffice = new TreeMap<>();
        private final Map<String, Durations> steps = new LinkedHashMap<>();
        private DashboardData.Event previous;
        private Instant submitted;
        private int released;

        @Override
        public void accept(DashboardData.Event e) {
            if (previous == null || !previous.mrn().equals(e.mrn())) {
                previous = null;
                submitted = null;
            }
            if (e.type().equals("SUBMITTED") && submitted == null) submitted = e.at();
            if (previous != null) {
                steps.computeIfAbsent(words(previous.type()) + " → " + words(e.type()), x -> new Durations()).add(Duration.between(previous.at(), e.at()));
            }
            if (e.type().equals("RELEASED") && submitted != null) {
                Duration d = Duration.between(submitted, e.at());
                byLane.computeIfAbsent(e.lane(), x -> new Durations()).add(d);
                byOffice.computeIfAbsent(e.office().isEmpty() ? "(none)" : e.office(), x -> new Durations()).add(d);
                released++;
            }
            previous = e;
        }

        /**
         * Declarations whose whole history is their lodgement: submitted and assessed in one instant,
         * and released in it too if their lane allowed. The same as reading their events one by one.
         */
        void lodged(DashboardData.Lodged lodged) {
            steps.computeIfAbsent(words("SUBMITTED") + " → " + words("ASSESSED"), x -> new Durations()).addZeros(lodged.count());
            if (!lodged.releasedAtOnce()) return;
            steps.computeIfAbsent(words("ASSESSED") + " → " + words("RELEASED"), x -> new Durations()).addZeros(lodged.count());
            byLane.computeIfAbsent(lodged.lane(), x -> new Durations()).addZeros(lodged.count());
            byOffice.computeIfAbsent(lodged.office().isEmpty() ? "(none)" : lodged.office(), x -> new Durations()).addZeros(lodged.count());
            released += (int) lodged.count();
        }

        Figures figures() {
            List<Spread> stepList = spreads(steps);
            // slowest first; steps as slow as each other by name, so the order does not depend on which declaration came first
            stepList.sort(Comparator.comparing(Spread::median).thenComparing(Spread::p90).reversed().thenComparing(Spread::label));
            return new Figures(spreads(byLane), spreads(byOffice), stepList, released);
        }
    }

    /**
     * Durations in nanoseconds, in a growing array, and a count of zero durations apart (a million
     * consignments released in the instant they were lodged are a number, not a million entries);
     * sorted once when read, median and 90th percentile by nearest rank.
     */
    static final class Durations {
        private long[] nanos = new long[16];
        private int size;
        private long zeros;

        void add(Duration d) {
            if (size == nanos.length) nanos = java.util.Arrays.copyOf(nanos, size * 2);
            nanos[size++] = d.toNanos();
        }

        void addZeros(long count) {
            zeros += count;
        }

        Spread spread(String label) {
            long[] sorted = java.util.Arrays.copyOf(nanos, size);
            java.util.Arrays.sort(sorted);
            return new Spread(label, Math.toIntExact(size + zeros), Duration.ofNanos(rank(sorted, zeros, 50)), Duration.ofNanos(rank(sorted, zeros, 90)));
        }

        /**
         * The nearest-rank percentile (0 < p ≤ 100) of the sorted values with {@code zeros} zeros among
         * them, in their place (after any negative value); zero when there are none.
         */
        static long rank(long[] sorted, long zeros, double p) {
            long count = sorted.length + zeros;
            if (count == 0) return 0;
            long index = Math.max(0, Math.min(count - 1, (long) Math.ceil(p / 100.0 * count) - 1));
            int negatives = 0;
            while (negatives < sorted.length && sorted[negatives] < 0) negatives++;
            if (index < negatives) return sorted[(int) index];
            if (index < negatives + zeros) return 0;
            return sorted[(int) (index - zeros)];
        }
    }

    static String format(Duration d) {
        if (d.toSeconds() < 60) return d.toSeconds() + " s";
        if (d.toMinutes() < 60) return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        if (d.toHours() < 48) return d.toHours() + " h " + d.toMinutesPart() + " min";
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    private static List<Spread> spreads(Map<String, Durations> groups) {
        List<Spread> out = new ArrayList<>();
        groups.forEach((label, ds) -> out.add(ds.spread(label)));
        return out;
    }

    private static String words(String eventType) { return eventType.toLowerCase().replace('_', ' '); }
}
