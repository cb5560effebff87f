package org.clearway.app.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's time axis: the days of the period, or its weeks when the period is long (a 90-day
 * chart of days is a comb nobody can read). A bucket is named by its first day.
 */
record Buckets(LocalDate first, int days, int width, List<String> labels) {
    /** Weeks from this many days on. */
    static final int WEEKLY_FROM = 60;

    static Buckets of(LocalDate first, int days) {
        int width = days >= WEEKLY_FROM ? 7 : 1;
        List<String> labels = new ArrayList<>();
        for (int start = 0; start < days; start += width) {
            LocalDate d = first.plusDays(start);
            labels.add(d.getDayOfMonth() + "/" + d.getMonthValue());
        }
        return new Buckets(first, days, width, List.copyOf(labels));
    }

    int size() { return labels.size(); }

    /** The bucket holding the day, or -1 outside the period. */
    int index(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(first, day);
        if (offset < 0 || offset >= days) return -1;
        return (int) (offset / width);
    }

    /** "day" or "week", for titles. */
    String unit() { return width == 1 ? "day" : "week"; }
}
