package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.clearway.core.risk.WatchListHold;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.inspection.InspectionService;
import org.clearway.app.screening.ScreeningService;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;
import org.clearway.core.screening.ScreeningMatch;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.StoredDeclaration;

/** One declaration: parties, items, amounts due, the lane with every reason, the timeline, and the officer's actions. */
final class DeclarationPage {
    private static final List<String> PARTIES = List.of("declarant", "importer", "exporter", "seller", "buyer");
    private final WebAuth auth;
    private final DeclarationService service;
    private final OfficerFindings findings;
    private final ScreeningService screening;
    private final ClearedMatches cleared;

    DeclarationPage(WebAuth auth, DeclarationService service, InspectionService inspections, ScreeningService screening, ClearedMatches cleared) {
        this.auth = auth;
        this.service = service;
        this.findings = new OfficerFindings(inspections, screening);
        this.screening = screening;
        this.cleared = cleared;
    }

    void show(Context ctx) {
        WebSession s = auth.require(ctx);
        StoredDeclaration d = service.find(s.account(), ctx.pathParam("mrn"));
        List<DeclarationEvent> events = service.events(s.account(), d.mrn());
        JsonNode decl = Views.json(d.declarationJson());
        JsonNode assessment = Views.json(d.assessmentJson());
        StringBuilder m = new StringBuilder();
        String done = ctx.queryParam("done");
        if (done != null && done.matches("[a-z -]{1,40}")) m.append("<p class=\"notice\" role=\"status\">").append(Html.escape(done)).append(".</p>");
        m.append("<h1>Declaration ").append(Html.escape(d.mrn())).append("</h1>");
        m.append("<dl class=\"facts\"><dt>Status</dt><dd id=\"status\">").append(Views.status(d.status())).append("</dd>")
                .append("<dt>Lane</dt><dd id=\"lane\">").append(Views.lane(d.lane())).append("</dd>")
                .append("<dt>Type</dt><dd>").append(d.type().name().toLowerCase().replace('_', ' ')).append("</dd>")
                .append("<dt>Your reference (LRN)</dt><dd>").append(Html.escape(d.lrn())).append("</dd>")
                .append("<dt>Customs office</dt><dd>").append(Html.escape(decl.path("transport").path("customsOffice").asText(""))).append("</dd>")
                .append("<dt>Lodged</dt><dd>").append(Views.time(d.lodgedAt())).append("</dd>")
                .append("<dt>Amount due</dt><dd>").append(Html.escape(Views.money(assessment.path("amountsDue").path("total")))).append("</dd></dl>");

        boolean staff = s.account().role() != Role.DECLARANT;
        List<ScreeningMatch> open = staff ? screening.matches(s.account(), d.mrn()) : List.of();
        List<ClearedMatches.Cleared> clearedHere = staff ? cleared.on(d.mrn()) : List.of();
        m.append("<section aria-labelledby=\"reasons-h\"><h2 id=\"reasons-h\">Why this lane</h2><ul id=\"reasons\">");
        for (JsonNode r : assessment.path("laneDecision").path("reasons")) {
            String text = r.path("text").asText(), code = r.path("code").asText();
            String clearance = staff && (code.equals("WATCHLIST_MATCH") || code.equals(WatchListHold.MATCH_CLEARED)) ? clearance(text, open, clearedHere) : "";
            m.append(clearance.isEmpty() ? "<li>" : "<li class=\"cleared\">").append(Html.escape(text)).append(" <span class=\"code\">").append(Html.escape(code))
                    .append("</span>").append(clearance).append("</li>");
        }
        m.append("</ul></section>");

        if (s.account().role() == Role.OFFICER) m.append(actions(s, d));
        if (staff) m.append(findings.sections(s, d, open));

        m.append("<section aria-labelledby=\"parties-h\"><h2 id=\"parties-h\">Parties</h2><table><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Name</th><th scope=\"col\">Id (EORI)</th><th scope=\"col\">Address</th></tr></thead><tbody>");
        for (String role : PARTIES) {
            JsonNode p = decl.path(role);
            if (p.isMissingNode() || p.isNull()) continue;
            JsonNode a = p.path("address");
            String address = String.join(", ", List.of(a.path("street").asText(""), a.path("city").asText(""), a.path("postcode").asText(""), a.path("country").asText(""))
                    .stream().filter(x -> !x.isEmpty()).toList());
            m.append("<tr><td>").append(role).append("</td><td>").append(Html.escape(p.path("name").asText(""))).append("</td><td>")
                    .append(Html.escape(p.path("id").asText(""))).append("</td><td>").append(Html.escape(address)).append("</td></tr>");
        }
        m.append("</tbody></table></section>");

        // Excise gets a column only where the assessment charged one, so other declarations keep their table.
        boolean excise = assessment.path("amountsDue").has("excise");
        m.append("<section aria-labelledby=\"items-h\"><h2 id=\"items-h\">Items and amounts due</h2><table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Commodity code</th><th scope=\"col\">Description</th><th scope=\"col\">Origin</th><th scope=\"col\">Value</th><th scope=\"col\">Customs value</th><th scope=\"col\">Duty</th>")
                .append(excise ? "<th scope=\"col\">Excise</th>" : "").append("<th scope=\"col\">VAT</th></tr></thead><tbody>");
        JsonNode amounts = assessment.path("amountsDue").path("items");
        String currency = decl.path("invoice").path("currency").asText("");
        for (JsonNode item : decl.path("items")) {
            int seq = item.path("sequence").asInt();
            JsonNode due = Views.json(null);
            for (JsonNode a : amounts) if (a.path("sequence").asInt() == seq) due = a;
            m.append("<tr><td>").append(seq).append("</td><td>").append(Html.escape(item.path("hsCode").asText(""))).append("</td><td>")
                    .append(Html.escape(item.path("description").asText(""))).append("</td><td>").append(Html.escape(item.path("origin").asText("")))
                    .append("</td><td class=\"num\">").append(Html.escape(item.path("value").asText("") + " " + currency))
                    .append("</td><td class=\"num\">").append(Html.escape(Views.money(due.path("customsValue"))))
                    .append("</td><td class=\"num\">").append(Html.escape(Views.money(due.path("duty"))));
            if (excise) m.append("</td><td class=\"num\">").append(Html.escape(due.has("excise") ? Views.money(due.path("excise")) : ""));
            m.append("</td><td class=\"num\">").append(Html.escape(Views.money(due.path("vat")))).append("</td></tr>");
        }
        JsonNode totals = assessment.path("amountsDue");
        m.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"6\">Total duty, ").append(excise ? "excise, " : "").append("VAT, and total due</th><td class=\"num\">").append(Html.escape(Views.money(totals.path("duty"))))
                .append(excise ? "</td><td class=\"num\">" + Html.escape(Views.money(totals.path("excise"))) : "")
                .append("</td><td class=\"num\">").append(Html.escape(Views.money(totals.path("vat")))).append("<br><strong>").append(Html.escape(Views.money(totals.path("total"))))
                .append("</strong></td></tr></tfoot></table>");
        if (!totals.path("note").asText("").isEmpty()) m.append("<p class=\"note\">").append(Html.escape(totals.path("note").asText())).append("</p>");
        m.append("</section>");

        m.append("<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline</h2><ol class=\"timeline\" id=\"timeline\">");
        for (DeclarationEvent e : events) {
            m.append("<li><strong>").append(Html.escape(e.type().name().toLowerCase().replace('_', ' '))).append("</strong> <time datetime=\"").append(e.at())
                    .append("\">").append(Views.time(e.at())).append("</time> by ").append(Html.escape(e.actor()))
                    .append("<br>").append(Html.escape(e.detail())).append("</li>");
        }
        m.append("</ol></section>");
        WebRoutes.html(ctx, "Declaration " + d.mrn(), s, m.toString());
    }

    /**
     * For a watch-list hold's reason: empty while the match is open; otherwise a note that it was
     * cleared as a false positive (by whom, when and why, when it was cleared on this declaration).
     */
    private static String clearance(String reasonText, List<ScreeningMatch> open, List<ClearedMatches.Cleared> clearedHere) {
        for (ScreeningMatch m : open) {
            if (ClearedMatches.concerns(reasonText, m.list(), m.entryId())) return "";
        }
        for (ClearedMatches.Cleared c : clearedHere) {
            if (c.concerns(reasonText)) {
                return "<br><strong class=\"cleared-note\">Cleared as a false positive</strong> by " + Html.escape(c.clearedBy()) + ", " + Views.time(c.at())
                        + ": " + Html.escape(c.reason());
            }
        }
        return "<br><strong class=\"cleared-note\">No longer matches</strong>: cleared as a false positive for this party on another declaration, or the list changed.";
    }

    private static String actions(WebSession s, StoredDeclaration d) {
        if (d.status().isFinal()) return "";
        String base = "/declarations/" + Html.escape(d.mrn()) + "/";
        StringBuilder a = new StringBuilder("<section aria-labelledby=\"actions-h\" class=\"actions\"><h2 id=\"actions-h\">Officer actions</h2>");
        if (d.status() == DeclarationStatus.ASSESSED) {
            a.append(form(s, base + "inspection-start", "", "Start the check"));
        }
        if (d.status() == DeclarationStatus.ASSESSED || d.status() == DeclarationStatus.UNDER_INSPECTION) {
            a.append(form(s, base + "release", "<label for=\"note\">Note (optional)</label><input id=\"note\" name=\"note\" maxlength=\"500\">", "Release the goods"));
            StringBuilder lanes = new StringBuilder("<label for=\"reroute-lane\">New lane</label><select id=\"reroute-lane\" name=\"lane\">");
            for (Lane l : Lane.values()) if (l != d.lane()) lanes.append("<option value=\"").append(l.name()).append("\">").append(l.name().charAt(0) + l.name().substring(1).toLowerCase()).append("</option>");
            lanes.append("</select><label for=\"reroute-reason\">Reason</label><input id=\"reroute-reason\" name=\"reason\" required maxlength=\"500\">");
            a.append(form(s, base + "reroute", lanes.toString(), "Re-route"));
            a.append(form(s, base + "seizure", "<label for=\"seize-reason\">Reason for seizure</label><input id=\"seize-reason\" name=\"reason\" required maxlength=\"500\">", "Seize the goods"));
        }
        return a.append("</section>").toString();
    }

    private static String form(WebSession s, String action, String fields, String button) {
        return "<form method=\"post\" action=\"" + action + "\" class=\"action\">" + s.csrfField() + fields + "<button type=\"submit\">" + Html.escape(button) + "</button></form>";
    }

    void act(Context ctx) {
        WebSession s = auth.requirePost(ctx);
        String mrn = ctx.pathParam("mrn");
        var who = s.account();
        String done = switch (ctx.pathParam("action")) {
            case "inspection-start" -> { service.startInspection(who, mrn); yield "check started"; }
            case "release" -> { service.release(who, mrn, ctx.formParam("note")); yield "released"; }
            case "seizure" -> { service.seize(who, mrn, required(ctx, "reason", "a reason for the seizure")); yield "seized"; }
            case "reroute" -> {
                Lane lane;
                try {
                    lane = Lane.valueOf(String.valueOf(ctx.formParam("lane")).toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.badRequest("choose a lane: green, yellow, red or blue", List.of());
                }
                service.reroute(who, mrn, lane, required(ctx, "reason", "a reason for the re-route"));
                yield "re-routed";
            }
            case "inspection-result" -> findings.record(who, mrn, ctx);
            case "screening-clearance" -> findings.clear(who, mrn, ctx);
            default -> throw ApiProblem.notFound("no action " + ctx.pathParam("action"));
        };
        ctx.redirect("/declarations/" + Html.url(mrn) + "?done=" + Html.url(done), HttpStatus.SEE_OTHER);
    }

    private static String required(Context ctx, String name, String what) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) throw ApiProblem.badRequest("enter " + what, List.of());
        return v.trim();
    }
}
