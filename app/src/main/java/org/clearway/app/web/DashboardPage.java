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
 * The dashboard for customs staff: declarations and lanes per day, the share held for a check and the
 * inspections started, and the release times (WCO Time Release Study) by lane, office and step.
 */
final class DashboardPage {
    static final List<Integer> PERIODS = List.of(7, 30, 90);
    private final WebAuth auth;
    private final DashboardData data;
    private final Clock clock;

    DashboardPage(WebAuth auth, DashboardData data, Clock clock) {
        this.auth = auth;
        this.data = data;
        this.clock = clock;
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

        List<String> labels = new ArrayList<>();
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            index.put(d, i);
            labels.add(d.getDayOfMonth() + "/" + d.getMonthValue());
        }
        Map<String, double[]> perLane = new HashMap<>();
        for (String lane : List.of("GREEN", "YELLOW", "RED", "BLUE", "NONE")) perLane.put(lane, new double[days]);
        double[] lodged = new double[days], held = new double[days], inspected = new double[days];
        for (var r : data.lanesPerDay(from)) {
            Integer i = index.get(r.day());
            if (i == null) continue;
            perLane.computeIfAbsent(r.lane(), x -> new double[0]);
            perLane.get(r.lane())[i] += r.count();
            lodged[i] += r.count();
            if (r.lane().equals(Lane.RED.name()) || r.lane().equals(Lane.YELLOW.name())) held[i] += r.count();
        }
        for (var r : data.inspectionsPerDay(from)) {
            Integer i = index.get(r.day());
            if (i != null) inspected[i] = r.count();
        }
        List<Charts.Series> series = new ArrayList<>();
        for (String lane : List.of("GREEN", "BLUE", "YELLOW", "RED", "NONE")) {
            double[] v = perLane.get(lane);
            if (java.util.Arrays.stream(v).sum() > 0) series.add(new Charts.Series(lane.toLowerCase(), "lane-" + lane.toLowerCase(), box(v)));
        }
        List<Double> heldRate = new ArrayList<>(), checkRate = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            heldRate.add(lodged[i] == 0 ? 0.0 : Math.round(1000.0 * held[i] / lodged[i]) / 10.0);
            checkRate.add(lodged[i] == 0 ? 0.0 : Math.round(1000.0 * inspected[i] / lodged[i]) / 10.0);
        }
        double totalLodged = java.util.Arrays.stream(lodged).sum(), totalHeld = java.util.Arrays.stream(held).sum(),
                totalInspected = java.util.Arrays.stream(inspected).sum();

        ReleaseTimes.Figures times = ReleaseTimes.of(data.events(from));

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
                .append("<li><span class=\"big\">").append(times.released()).append("</span> released</li></ul>");

        m.append("<section aria-labelledby=\"lanes-h\"><h2 id=\"lanes-h\">Declarations and lanes per day</h2>")
                .append(Charts.stackedColumns("Declarations lodged per day, by lane", labels, series)).append("<p class=\"legend\">");
        for (var sr : series) m.append("<span class=\"key ").append(sr.cssClass()).append("\"></span>").append(Html.escape(sr.name())).append(' ');
        m.append("</p></section>");

        m.append("<section aria-labelledby=\"rate-h\"><h2 id=\"rate-h\">Inspection rate per day</h2>")
                .append("<p>Solid line: per cent of the day's declarations held for a check (yellow or red lane). ")
                .append("Dashed line: checks started that day, as a per cent of the declarations lodged that day.</p>")
                .append(Charts.lines("Inspection rate per day, in per cent", labels, List.of(
                        new Charts.Series("held for a check", "held", heldRate), new Charts.Series("checks started", "started", checkRate))))
                .append("</section>");

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

        m.append("<section aria-labelledby=\"hits-h\" class=\"placeholder\"><h2 id=\"hits-h\">Hit rate and revenue recovered</h2>")
                .append("<p>These arrive with inspection results (the risk profiles, issue 4): a hit is a check that found something, ")
                .append("and revenue recovered is the extra duty and tax it brought. Until inspection results are recorded there is nothing to show here.</p></section>");
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

    private static List<Double> box(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) out.add(x);
        return out;
    }
}
