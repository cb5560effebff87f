package org.clearway.app.web;

import java.time.Duration;
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

    static Figures of(List<DashboardData.Event> events) {
        Map<String, List<Duration>> byLane = new TreeMap<>();
        Map<String, List<Duration>> byOffice = new TreeMap<>();
        Map<String, List<Duration>> steps = new LinkedHashMap<>();
        int released = 0;
        int i = 0;
        while (i < events.size()) {
            int j = i;
            while (j < events.size() && events.get(j).mrn().equals(events.get(i).mrn())) j++;
            List<DashboardData.Event> one = events.subList(i, j);
            DashboardData.Event submitted = null;
            for (int k = 0; k < one.size(); k++) {
                DashboardData.Event e = one.get(k);
                if (e.type().equals("SUBMITTED") && submitted == null) submitted = e;
                if (k > 0) {
                    DashboardData.Event prev = one.get(k - 1);
                    steps.computeIfAbsent(words(prev.type()) + " → " + words(e.type()), x -> new ArrayList<>()).add(Duration.between(prev.at(), e.at()));
                }
                if (e.type().equals("RELEASED") && submitted != null) {
                    Duration d = Duration.between(submitted.at(), e.at());
                    byLane.computeIfAbsent(e.lane(), x -> new ArrayList<>()).add(d);
                    byOffice.computeIfAbsent(e.office().isEmpty() ? "(none)" : e.office(), x -> new ArrayList<>()).add(d);
                    released++;
                }
            }
            i = j;
        }
        List<Spread> stepList = spreads(steps);
        stepList.sort(Comparator.comparing(Spread::median).thenComparing(Spread::p90).reversed());
        return new Figures(spreads(byLane), spreads(byOffice), stepList, released);
    }

    /** The nearest-rank percentile (0 < p ≤ 100) of the durations; zero when there are none. */
    static Duration percentile(List<Duration> values, double p) {
        if (values.isEmpty()) return Duration.ZERO;
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static String format(Duration d) {
        if (d.toSeconds() < 60) return d.toSeconds() + " s";
        if (d.toMinutes() < 60) return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        if (d.toHours() < 48) return d.toHours() + " h " + d.toMinutesPart() + " min";
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    private static List<Spread> spreads(Map<String, List<Duration>> groups) {
        List<Spread> out = new ArrayList<>();
        groups.forEach((label, ds) -> out.add(new Spread(label, ds.size(), percentile(ds, 50), percentile(ds, 90))));
        return out;
    }

    private static String words(String eventType) { return eventType.toLowerCase().replace('_', ' '); }
}
