package org.clearway.app.web;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG drawn on the server: no script, no library. Each chart has a title and a text
 * description for screen readers; the numbers are also in a table beside it.
 */
final class Charts {
    private Charts() {}

    record Series(String name, String cssClass, List<Double> values) {}

    /** Stacked columns, one per label (e.g. a day), one colour per series (e.g. a lane). */
    static String stackedColumns(String title, List<String> labels, List<Series> series) {
        int w = 640, h = 220, left = 36, bottom = 28, top = 10;
        double max = 1;
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (Series s : series) sum += s.values().get(i);
            max = Math.max(max, sum);
        }
        double step = labels.isEmpty() ? 0 : (w - left - 4) / (double) labels.size();
        double bar = Math.max(2, step * 0.7);
        double scale = (h - bottom - top) / max;
        StringBuilder svg = open(title, w, h);
        axis(svg, left, top, w, h - bottom, max);
        for (int i = 0; i < labels.size(); i++) {
            double y = h - bottom;
            double x = left + i * step + (step - bar) / 2;
            for (Series s : series) {
                double v = s.values().get(i);
                if (v <= 0) continue;
                double bh = v * scale;
                y -= bh;
                svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s %s: %s</title></rect>",
                        s.cssClass(), x, y, bar, bh, Html.escape(labels.get(i)), Html.escape(s.name()), number(v)));
            }
            if (labels.size() <= 16 || i % Math.ceil(labels.size() / 16.0) == 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x + bar / 2, h - 10, Html.escape(labels.get(i))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Lines of percentages over the labels, one per series; a NaN value (nothing to measure that day) leaves a gap. */
    static String lines(String title, List<String> labels, List<Series> series) {
        int w = 640, h = 200, left = 36, bottom = 28, top = 10;
        double max = 10;
        for (Series sr : series) for (double v : sr.values()) if (!Double.isNaN(v)) max = Math.max(max, v);
        double step = labels.size() <= 1 ? 0 : (w - left - 16) / (double) (labels.size() - 1);
        double scale = (h - bottom - top) / max;
        StringBuilder svg = open(title, w, h);
        axis(svg, left, top, w, h - bottom, max);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.size() <= 16 || i % Math.ceil(labels.size() / 16.0) == 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", left + 8 + i * step, h - 10, Html.escape(labels.get(i))));
            }
        }
        for (Series sr : series) {
            StringBuilder points = new StringBuilder();
            int drawn = 0;
            for (int i = 0; i <= labels.size(); i++) {
                double v = i < labels.size() ? sr.values().get(i) : Double.NaN;
                if (Double.isNaN(v)) {
                    // a gap ends the line drawn so far (a lone point stays a dot)
                    if (drawn >= 2) {
                        svg.append("<polyline class=\"line ").append(sr.cssClass()).append("\" fill=\"none\" points=\"").append(points.toString().trim()).append("\"/>");
                    }
                    points.setLength(0);
                    drawn = 0;
                    continue;
                }
                double x = left + 8 + i * step, y = h - bottom - v * scale;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                drawn++;
                svg.append(String.format(Locale.ROOT, "<circle class=\"point %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s %s: %s %%</title></circle>",
                        sr.cssClass(), x, y, Html.escape(sr.name()), Html.escape(labels.get(i)), number(v)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The numbers behind a chart over time, as a table (for screen readers, and for anyone who wants the
     * figures): one row per label, one column per header, the cells written by the caller. Folded away
     * under a summary, which opens without script.
     */
    static String numbers(String caption, String firstColumn, List<String> labels, List<String> headers, List<List<String>> columns) {
        StringBuilder t = new StringBuilder("<details class=\"numbers\"><summary>").append(Html.escape(caption)).append(": the numbers</summary><table class=\"compact\"><caption>")
                .append(Html.escape(caption)).append("</caption><thead><tr><th scope=\"col\">").append(Html.escape(firstColumn)).append("</th>");
        for (String h : headers) t.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        t.append("</tr></thead><tbody>");
        for (int i = 0; i < labels.size(); i++) {
            t.append("<tr><th scope=\"row\">").append(Html.escape(labels.get(i))).append("</th>");
            for (List<String> column : columns) t.append("<td class=\"num\">").append(Html.escape(column.get(i))).append("</td>");
            t.append("</tr>");
        }
        return t.append("</tbody></table></details>").toString();
    }

    /** A series' values as table cells: whole numbers plain, others to one decimal, NaN (nothing measured) as a dash, with a unit. */
    static List<String> cells(List<Double> values, String unit) {
        return values.stream().map(v -> Double.isNaN(v) ? "–" : number(v) + unit).toList();
    }

    /** Horizontal bars, two per row (median and 90th percentile), in seconds, labelled with readable durations. */
    static String spreadBars(String title, List<ReleaseTimes.Spread> rows) {
        // room on the left for a step's name and on the right for the figures written after the bars
        int rowH = 34, left = 200, w = 640;
        int h = Math.max(1, rows.size()) * rowH + 24;
        double max = 1;
        for (var r : rows) max = Math.max(max, r.p90().toMillis() / 1000.0);
        double scale = (w - left - 215) / max;
        StringBuilder svg = open(title, w, h);
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            int y = 6 + i * rowH;
            double med = r.median().toMillis() / 1000.0 * scale, p90 = r.p90().toMillis() / 1000.0 * scale;
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 6, y + 18, Html.escape(r.label())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"p90\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\"><title>90th percentile %s</title></rect>", left, y + 13, Math.max(1, p90), ReleaseTimes.format(r.p90())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"median\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\"><title>median %s</title></rect>", left, y, Math.max(1, med), ReleaseTimes.format(r.median())));
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\">median %s · 90%% %s</text>", left + Math.max(med, p90) + 6, y + 18,
                    ReleaseTimes.format(r.median()), ReleaseTimes.format(r.p90())));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int w, int h) {
        return new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" aria-label=\"").append(Html.escape(title)).append("\"><title>").append(Html.escape(title)).append("</title>");
    }

    private static void axis(StringBuilder svg, int left, int top, int w, int base, double max) {
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", left, base, w - 4, base));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 4, top + 8, number(max)));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", left - 4, base));
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
