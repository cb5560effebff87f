package org.clearway.analytics.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.clearway.analytics.Outcome;

/**
 * Selection quality of scores against known outcomes: precision, recall and revenue at inspection
 * budgets of n % of the declarations, and the ROC AUC. Ties in score are broken by input order so
 * that the same scores always give the same figures.
 */
public record Evaluation(int rows, int frauds, List<AtBudget> budgets, double rocAuc) {
    public static final double[] STANDARD_BUDGETS = {1, 2, 5, 10};

    public static Evaluation of(double[] scores, List<Outcome> outcomes, double... percents) {
        int n = scores.length;
        if (outcomes.size() != n) throw new IllegalArgumentException(n + " scores for " + outcomes.size() + " outcomes");
        Integer[] order = rankDescending(scores);
        int frauds = 0;
        double revenue = 0;
        boolean revenueKnown = n > 0;
        for (Outcome o : outcomes) {
            if (o.fraud()) frauds++;
            if (Double.isNaN(o.revenue())) revenueKnown = false; else revenue += o.revenue();
        }
        List<AtBudget> budgets = new ArrayList<>();
        for (double p : percents) {
            int k = selected(n, p);
            int hit = 0;
            double rev = 0;
            for (int i = 0; i < k; i++) {
                Outcome o = outcomes.get(order[i]);
                if (o.fraud()) hit++;
                if (revenueKnown) rev += o.revenue();
            }
            budgets.add(new AtBudget(p, k, k == 0 ? Double.NaN : (double) hit / k, frauds == 0 ? Double.NaN : (double) hit / frauds,
                    revenueKnown && revenue > 0 ? rev / revenue : Double.NaN));
        }
        return new Evaluation(n, frauds, List.copyOf(budgets), rocAuc(scores, outcomes));
    }

    /** The number of declarations in a budget of {@code percent} % of {@code n}: rounded up, at least one. */
    public static int selected(int n, double percent) {
        return n == 0 ? 0 : Math.max(1, Math.min(n, (int) Math.ceil(n * percent / 100.0 - 1e-9)));
    }

    public static Integer[] rankDescending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }

    /** Mann-Whitney AUC with ties counted half. */
    static double rocAuc(double[] scores, List<Outcome> outcomes) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && scores[order[j]] == scores[order[i]]) j++;
            double avgRank = (i + j + 1) / 2.0; // ranks are 1-based: i+1 .. j
            for (int k = i; k < j; k++) if (outcomes.get(order[k]).fraud()) { rankSumPos += avgRank; pos++; }
            i = j;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    public AtBudget at(double percent) {
        return budgets.stream().filter(b -> b.percent() == percent).findFirst().orElseThrow();
    }

    /** The table `model evaluate` prints. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("declarations %d, frauds %d (%.1f %%), ROC AUC %.4f%n", rows, frauds, rows == 0 ? 0 : 100.0 * frauds / rows, rocAuc));
        s.append(String.format("%-8s %9s %10s %8s %8s%n", "budget", "selected", "precision", "recall", "revenue"));
        for (AtBudget b : budgets) {
            s.append(String.format("%-8s %9d %10.4f %8.4f %8s%n", fmt(b.percent()) + " %", b.selected(), b.precision(), b.recall(),
                    Double.isNaN(b.revenueShare()) ? "n/a" : String.format("%.4f", b.revenueShare())));
        }
        if (budgets.stream().allMatch(b -> Double.isNaN(b.revenueShare()))) s.append("(revenue: the file has no Revenue column)\n");
        return s.toString();
    }

    private static String fmt(double p) { return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p); }
}
