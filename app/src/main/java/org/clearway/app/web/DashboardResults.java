package org.clearway.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's section on what the checks found: the results recorded per day or week by outcome,
 * the hit rate (the share of results with a discrepancy or a seizure) and the revenue recovered (the
 * duty and tax that discrepancies added), each as a chart with its numbers in a table.
 */
final class DashboardResults {
    private DashboardResults() {}

    static String section(InspectionFigures f, String per, String firstColumn, String currency) {
        List<String> labels = f.buckets().labels();
        StringBuilder m = new StringBuilder("<section aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Inspection results and hit rate ").append(per).append("</h2>");
        if (f.totalRecorded() == 0) {
            return m.append("<p id=\"no-results\">No inspection result was recorded in this period. A hit is a check that found a discrepancy or led to a seizure; ")
                    .append("officers record results on the declaration page.</p></section>").toString();
        }
        m.append("<p>Columns: the results officers recorded, by outcome. A hit is a result with a discrepancy or a seizure; ")
                .append("the hit rate is the share of hits among the results (no point where nothing was recorded).</p>");
        List<Charts.Series> outcomes = List.of(
                new Charts.Series("no discrepancy", "outcome-clean", DashboardPage.box(f.clean())),
                new Charts.Series("discrepancy", "outcome-discrepancy", DashboardPage.box(f.discrepancies())),
                new Charts.Series("seizure", "outcome-seizure", DashboardPage.box(f.seizures())));
        m.append(Charts.stackedColumns("Inspection results recorded " + per + ", by outcome", labels, outcomes)).append("<p class=\"legend\">");
        for (var sr : outcomes) m.append("<span class=\"key ").append(sr.cssClass()).append("\"></span>").append(Html.escape(sr.name())).append(' ');
        m.append("</p>");
        List<Double> hitRates = f.hitRates();
        m.append(Charts.lines("Hit rate " + per + ", in per cent", labels, List.of(new Charts.Series("hit rate", "hitrate", hitRates))));
        List<String> revenue = new ArrayList<>();
        for (BigDecimal r : f.revenue()) revenue.add(r.toPlainString());
        m.append(Charts.numbers("Inspection results " + per, firstColumn, labels,
                List.of("No discrepancy", "Discrepancy", "Seizure", "Hit rate", "Revenue recovered (" + currency + ")"),
                List.of(Charts.cells(outcomes.get(0).values(), ""), Charts.cells(outcomes.get(1).values(), ""), Charts.cells(outcomes.get(2).values(), ""),
                        Charts.cells(hitRates, " %"), revenue)));
        m.append("</section>");

        m.append("<section aria-labelledby=\"revenue-h\"><h2 id=\"revenue-h\">Revenue recovered ").append(per).append("</h2>")
                .append("<p>The duty and tax added by the discrepancies found, in ").append(Html.escape(currency)).append(", by the day the result was recorded. Total: <strong>")
                .append(Html.escape(f.totalRevenue().toPlainString())).append(' ').append(Html.escape(currency)).append("</strong>.</p>");
        List<Double> amounts = new ArrayList<>();
        for (BigDecimal r : f.revenue()) amounts.add(r.doubleValue());
        m.append(Charts.stackedColumns("Revenue recovered " + per + ", in " + currency, labels, List.of(new Charts.Series("revenue recovered", "revenue", amounts))));
        m.append(Charts.numbers("Revenue recovered " + per, firstColumn, labels, List.of("Revenue recovered (" + currency + ")"), List.of(revenue)));
        return m.append("</section>").toString();
    }
}
