package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.app.inspection.InspectionService;
import org.clearway.app.screening.ScreeningService;
import org.clearway.core.risk.Lane;
import org.clearway.core.screening.ScreeningMatch;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * On the declaration page, what the officer found: the inspection result (recorded through
 * {@link InspectionService}) and the watch-list matches, each clearable as a false positive through
 * {@link ScreeningService}. Those services check the role; the page only hides forms others cannot use.
 */
final class OfficerFindings {
    private final InspectionService inspections;
    private final ScreeningService screening;

    OfficerFindings(InspectionService inspections, ScreeningService screening) {
        this.inspections = inspections;
        this.screening = screening;
    }

    /** The inspection result and the open watch-list matches ({@code matches}, as the page read them once). */
    String sections(WebSession s, StoredDeclaration d, List<ScreeningMatch> matches) {
        boolean officer = s.account().role() == Role.OFFICER;
        String base = "/declarations/" + Html.escape(d.mrn()) + "/";
        StringBuilder m = new StringBuilder("<section aria-labelledby=\"result-h\" class=\"findings\"><h2 id=\"result-h\">Inspection result</h2>");
        Optional<JsonNode> result = recorded(s.account(), d.mrn());
        if (result.isPresent()) {
            JsonNode r = result.get();
            String what = switch (r.path("outcome").asText()) {
                case "NO_DISCREPANCY" -> "No discrepancy";
                case "DISCREPANCY" -> "Discrepancy, revenue adjustment " + Views.money(r.path("revenueAdjustment"));
                case "SEIZURE" -> "Seizure of " + r.path("quantity").path("value").asText() + " " + r.path("quantity").path("unit").asText()
                        + " of " + r.path("goodsCategory").asText();
                default -> r.path("outcome").asText();
            };
            m.append("<p id=\"inspection-result\">").append(Html.escape(what)).append(", recorded by ").append(Html.escape(r.path("officer").asText()))
                    .append(r.path("note").isNull() ? "" : ": " + Html.escape(r.path("note").asText())).append("</p>");
        } else if (!officer) {
            m.append("<p>No result recorded yet.</p>");
        } else if (d.lane() != Lane.RED && d.lane() != Lane.YELLOW) {
            m.append("<p>Results are recorded for yellow and red lane checks; re-route the declaration first to record one.</p>");
        } else {
            m.append("<form method=\"post\" action=\"").append(base).append("inspection-result\" class=\"action\">").append(s.csrfField())
                    .append("<fieldset><legend>Outcome</legend>")
                    .append(radio("NO_DISCREPANCY", "No discrepancy", true))
                    .append(radio("DISCREPANCY", "Discrepancy (with the revenue adjustment below)", false))
                    .append(radio("SEIZURE", "Seizure (with the goods and quantity below)", false)).append("</fieldset>")
                    .append("<label for=\"rev-adj\">Revenue adjustment (for a discrepancy)</label><input id=\"rev-adj\" name=\"revenueAdjustment\" inputmode=\"decimal\" placeholder=\"412.50\">")
                    .append("<label for=\"goods-cat\">Goods category (for a seizure)</label><input id=\"goods-cat\" name=\"goodsCategory\" maxlength=\"200\">")
                    .append("<label for=\"seized-qty\">Quantity seized</label><input id=\"seized-qty\" name=\"quantity\" inputmode=\"decimal\">")
                    .append("<label for=\"seized-unit\">Unit</label><input id=\"seized-unit\" name=\"unit\" value=\"NAR\" maxlength=\"10\">")
                    .append("<label for=\"result-note\">Remarks on the result, if any</label><input id=\"result-note\" name=\"note\" maxlength=\"500\">")
                    .append("<button type=\"submit\">Record the result</button></form>");
        }
        m.append("</section>");

        m.append("<section aria-labelledby=\"matches-h\" class=\"findings\"><h2 id=\"matches-h\">Watch-list matches</h2>");
        if (matches.isEmpty()) {
            m.append("<p id=\"no-matches\">None open.</p>");
        } else {
            m.append("<table id=\"matches\"><thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Name on the declaration</th><th scope=\"col\">List</th>")
                    .append("<th scope=\"col\">Entry</th><th scope=\"col\">Score</th>").append(officer ? "<th scope=\"col\">False positive?</th>" : "").append("</tr></thead><tbody>");
            int i = 0;
            for (ScreeningMatch x : matches) {
                i++;
                m.append("<tr><td>").append(Html.escape(x.partyRole())).append("</td><td>").append(Html.escape(x.partyName())).append("</td><td>")
                        .append(Html.escape(x.list())).append("</td><td>").append(Html.escape(x.entryId() + " " + x.entryName())).append("</td><td class=\"num\">")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", x.score())).append("</td>");
                if (officer) {
                    m.append("<td><form method=\"post\" action=\"").append(base).append("screening-clearance\" class=\"action\">").append(s.csrfField())
                            .append("<input type=\"hidden\" name=\"list\" value=\"").append(Html.escape(x.list())).append("\">")
                            .append("<input type=\"hidden\" name=\"entryId\" value=\"").append(Html.escape(x.entryId())).append("\">")
                            .append("<label for=\"fp-").append(i).append("\">Why it is not this entry</label><input id=\"fp-").append(i)
                            .append("\" name=\"reason\" required maxlength=\"500\"><button type=\"submit\">Clear as false positive</button></form></td>");
                }
                m.append("</tr>");
            }
            m.append("</tbody></table>");
        }
        return m.append("</section>").toString();
    }

    String record(Account who, String mrn, Context ctx) {
        ObjectNode body = Json.object();
        for (String f : List.of("outcome", "revenueAdjustment", "goodsCategory", "quantity", "unit", "note")) {
            String v = ctx.formParam(f);
            if (v != null && !v.isBlank()) body.put(f, v.trim());
        }
        if (!body.has("outcome")) body.put("outcome", "");
        readable(() -> inspections.record(who, mrn, body));
        return "inspection result recorded";
    }

    String clear(Account who, String mrn, Context ctx) {
        readable(() -> screening.clear(who, mrn, ctx.formParam("list"), ctx.formParam("entryId"), ctx.formParam("reason")));
        return "match cleared as false positive";
    }

    /** A refused form says what was wrong with each field, not just "bad quantity". */
    private static void readable(Runnable change) {
        try {
            change.run();
        } catch (ApiProblem p) {
            if (p.problems().isEmpty()) throw p;
            String detail = p.problems().stream().map(x -> x.message()).collect(Collectors.joining("; "));
            throw new ApiProblem(p.status(), p.type(), p.title(), detail, p.problems());
        }
    }

    private Optional<JsonNode> recorded(Account who, String mrn) {
        try {
            return Optional.of(inspections.find(who, mrn));
        } catch (ApiProblem p) {
            if (p.status() == 404) return Optional.empty();
            throw p;
        }
    }

    private static String radio(String value, String label, boolean checked) {
        String id = "outcome-" + value.toLowerCase().replace('_', '-');
        return "<label for=\"" + id + "\"><input type=\"radio\" id=\"" + id + "\" name=\"outcome\" value=\"" + value + "\"" + (checked ? " checked" : "") + "> "
                + Html.escape(label) + "</label>";
    }
}
