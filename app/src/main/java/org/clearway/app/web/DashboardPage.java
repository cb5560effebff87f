package org.clearway.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearway.core.risk.Lane;

/**
 * The dashboard for customs staff, per day (per week over 90 days): declarations and lanes, the share
 * held for a check and the checks started, the inspection results with the hit rate and the revenue
 * recovered, and the release times (WCO Time Release Study) by lane, office and step. Every chart has
 * its numbers in a table beside it.
 */
final class DashboardPage {
    static final List<Integer> PERIODS = List.of(7, 30, 90);
    private final WebAuth auth;
    private final DashboardData data;
    private final Clock clock;
    private final String currency;

    DashboardPage(WebAuth auth, DashboardData data, Clock clock, String currency) {
        this.auth = auth;
        this.data = data;
        this.clock = clock;
        this.currency = currency;
    }

    void show(Context ctx) {
        WebSession s = auth.requireStaff(ctx, "see the dashboard");
        int days = 30;
        try {
            int asked = Integer.parseInt(String.valueOf(ctx.queryParam("days")));
            if (PERIODS.contains(asked)) days = asked;
        } catch (NumberFormatException ignored) {
            // the default period
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);

        Buckets buckets = Buckets.of(first, days);
        List<String> labels = buckets.labels();
        int n = buckets.size();
        String per = "per " + buckets.unit();
        Map<String, double[]> perLane = new HashMap<>();
        for (String lane : List.of("GREEN", "YELLOW", "RED", "BLUE", "NONE")) perLane.put(lane, new double[n]);
        double[] lodged = new double[n], held = new double[n], inspected = new double[n];
        for (var r : data.lanesPerDay(from)) {
            int i = buckets.index(r.day());
            if (i < 0) continue;
            perLane.computeIfAbsent(r.lane(), x -> new double[n]);
            perLane.get(r.lane())[i] += r.count();
            lodged[i] += r.count();
            if (r.lane().equals(Lane.RED.name()) || r.lane().equals(Lane.YELLOW.name())) held[i] += r.count();
        }
        for (var r : data.inspectionsPerDay(from)) {
            int i = buckets.index(r.day());
            if (i >= 0) inspected[i] += r.count();
        }
        List<Charts.Series> series = new ArrayList<>();
        for (String lane : List.of("GREEN", "BLUE", "YELLOW", "RED", "NONE")) {
            double[] v = perLane.get(lane);
            if (java.util.Arrays.stream(v).sum() > 0) series.add(new Charts.Series(lane.toLowerCase(), "lane-" + lane.toLowerCase(), box(v)));
        }
        List<Double> heldRate = new ArrayList<>(), checkRate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            heldRate.add(lodged[i] == 0 ? Double.NaN : Math.round(1000.0 * held[i] / lodged[i]) / 10.0);
            checkRate.add(lodged[i] == 0 ? Double.NaN : Math.round(1000.0 * inspected[i] / lodged[i]) / 10.0);
        }
        double totalLodged = java.util.Arrays.stream(lodged).sum(), totalHeld = java.util.Arrays.stream(held).sum(),
                totalInspected = java.util.Arrays.stream(inspected).sum();
        InspectionFigures results = InspectionFigures.of(buckets, data.resultsPerDay(from, currency));

        ReleaseTimes.Figures times = data.releaseTimes(from);

        StringBuilder m = new StringBuilder("<h1>Dashboard</h1>");
        m.append("<nav aria-label=\"Period\" class=\"periods\"><span>Period:</span>");
        for (int p : PERIODS) {
            m.append(p == days ? "<strong aria-current=\"page\">" + p + " days</strong>" : "<a href=\"/dashboard?days=" + p + "\">" + p + " days</a>");
        }
        m.append("</nav>");
        m.append("<ul class=\"tiles\"><li><span class=\"big\" id=\"lodged-total\">").append(Charts.number(totalLodged)).append("</span> declarations lodged</li>")
                .append("<li><span class=\"big\">").append(Charts.number(totalHeld)).append("</span> held for a check (yellow or red)</li>")
                .append("<li><span class=\"big\">").append(totalLodged == 0 ? "0" : Charts.number(Math.round(1000 * totalHeld / totalLodged) / 10.0)).append(" %</span> held rate</li>")
                .append("<li><span class=\"big\">").append(Charts.number(totalInspected)).append("</span> checks started</li>")
                .append("<li><span class=\"big\" id=\"results-total\">").append(Charts.number(results.totalRecorded())).append("</span> results recorded</li>")
                .append("<li><span class=\"big\" id=\"hit-rate-total\">").append(results.totalRecorded() == 0 ? "no data"
                        : Charts.number(Math.round(1000 * results.totalHits() / results.totalRecorded()) / 10.0) + " %").append("</span> hit rate</li>")
                .append("<li><span class=\"big\" id=\"revenue-total\">").append(Html.escape(results.totalRevenue().toPlainString())).append(" ").append(Html.escape(currency))
                .append("</span> revenue recovered</li>")
                .append("<li><span class=\"big\">").append(times.released()).append("</span> released</li></ul>");

        m.append("<section aria-labelledby=\"lanes-h\"><h2 id=\"lanes-h\">Declarations and lanes ").append(per).append("</h2>")
                .append(Charts.stackedColumns("Declarations lodged " + per + ", by lane", labels, series)).append("<p class=\"legend\">");
        for (var sr : series) m.append("<span class=\"key ").append(sr.cssClass()).append("\"></span>").append(Html.escape(sr.name())).append(' ');
        m.append("</p>").append(Charts.numbers("Declarations lodged " + per + ", by lane", first(buckets), labels,
                series.stream().map(Charts.Series::name).toList(), series.stream().map(sr -> Charts.cells(sr.values(), "")).toList())).append("</section>");

        m.append("<section aria-labelledby=\"rate-h\"><h2 id=\"rate-h\">Inspection rate ").append(per).append("</h2>")
                .append("<p>Solid line: per cent of the declarations lodged that ").append(buckets.unit()).append(" held for a check (yellow or red lane). ")
                .append("Dashed line: checks started, as a per cent of the declarations lodged.</p>")
                .append(Charts.lines("Inspection rate " + per + ", in per cent", labels, List.of(
                        new Charts.Series("held for a check", "held", heldRate), new Charts.Series("checks started", "started", checkRate))))
                .append(Charts.numbers("Inspection rate " + per, first(buckets), labels, List.of("Lodged", "Held for a check", "Checks started"),
                        List.of(Charts.cells(box(lodged), ""), Charts.cells(heldRate, " %"), Charts.cells(checkRate, " %"))))
                .append("</section>");

        m.append(DashboardResults.section(results, per, first(buckets), currency));

        m.append("<section aria-labelledby=\"release-h\"><h2 id=\"release-h\">Time from lodgement to release</h2>")
                .append("<p>Following the WCO Time Release Study: for each declaration released in the period, the time from lodgement to release. ")
                .append("Darker bar: median (half were released faster); lighter bar: 90th percentile (nine in ten were released faster).</p>");
        if (times.released() == 0) {
            m.append("<p>No declaration lodged in this period has been released yet.</p>");
        } else {
            m.append("<h3>By lane</h3>").append(Charts.spreadBars("Release time by lane: median and 90th percentile", times.byLane())).append(table("Lane", times.byLane()));
            m.append("<h3>By customs office</h3>").append(Charts.spreadBars("Release time by office: median and 90th percentile", times.byOffice())).append(table("Office", times.byOffice()));
        }
        List<ReleaseTimes.Spread> slowest = times.steps().subList(0, Math.min(6, times.steps().size()));
        m.append("<h3>The steps that take longest</h3>");
        if (slowest.isEmpty()) m.append("<p>No steps recorded in this period.</p>");
        else m.append(Charts.spreadBars("Time per step, slowest first: median and 90th percentile", slowest)).append(table("Step", slowest));
        m.append("</section>");

        WebRoutes.html(ctx, "Dashboard", s, m.toString());
    }

    private static String table(String what, List<ReleaseTimes.Spread> rows) {
        StringBuilder t = new StringBuilder("<table class=\"compact\"><thead><tr><th scope=\"col\">").append(Html.escape(what))
                .append("</th><th scope=\"col\">Declarations</th><th scope=\"col\">Median</th><th scope=\"col\">90th percentile</th></tr></thead><tbody>");
        for (var r : rows) {
            t.append("<tr><td>").append(Html.escape(r.label())).append("</td><td class=\"num\">").append(r.count()).append("</td><td class=\"num\">")
                    .append(ReleaseTimes.format(r.median())).append("</td><td class=\"num\">").append(ReleaseTimes.format(r.p90())).append("</td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    private static String first(Buckets b) { return b.width() == 1 ? "Day" : "Week from"; }

    static List<Double> box(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) out.add(x);
        return out;
    }
}
