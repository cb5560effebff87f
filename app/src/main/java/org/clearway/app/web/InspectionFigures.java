package org.clearway.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspection results over time, per bucket of the dashboard: how many were recorded and with what
 * outcome, the hit rate (the share that found something: a discrepancy or a seizure) and the revenue
 * recovered (the duty and tax added by discrepancies). Pure: computed from the rows of
 * {@link DashboardData#resultsPerDay}.
 */
record InspectionFigures(Buckets buckets, double[] clean, double[] discrepancies, double[] seizures, BigDecimal[] revenue) {

    static InspectionFigures of(Buckets buckets, List<DashboardData.DayResults> rows) {
        int n = buckets.size();
        double[] clean = new double[n], discrepancies = new double[n], seizures = new double[n];
        BigDecimal[] revenue = new BigDecimal[n];
        java.util.Arrays.fill(revenue, BigDecimal.ZERO);
        for (var r : rows) {
            int i = buckets.index(r.day());
            if (i < 0) continue;
            clean[i] += r.recorded() - r.discrepancies() - r.seizures();
            discrepancies[i] += r.discrepancies();
            seizures[i] += r.seizures();
            revenue[i] = revenue[i].add(r.revenue());
        }
        return new InspectionFigures(buckets, clean, discrepancies, seizures, revenue);
    }

    double recorded(int i) { return clean[i] + discrepancies[i] + seizures[i]; }

    double hits(int i) { return discrepancies[i] + seizures[i]; }

    /** Per cent of the bucket's results that found something, one decimal; NaN when none were recorded (no point drawn). */
    double hitRate(int i) {
        double all = recorded(i);
        return all == 0 ? Double.NaN : Math.round(1000.0 * hits(i) / all) / 10.0;
    }

    List<Double> hitRates() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) out.add(hitRate(i));
        return out;
    }

    double totalRecorded() {
        double t = 0;
        for (int i = 0; i < buckets.size(); i++) t += recorded(i);
        return t;
    }

    double totalHits() {
        double t = 0;
        for (int i = 0; i < buckets.size(); i++) t += hits(i);
        return t;
    }

    BigDecimal totalRevenue() {
        BigDecimal t = BigDecimal.ZERO;
        for (BigDecimal r : revenue) t = t.add(r);
        return t;
    }
}
