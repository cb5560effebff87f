package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.app.profile.ProfileService;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.risk.Lane;
import org.clearway.core.validation.Problem;
import org.clearway.store.account.Role;

/**
 * The analyst's pages over {@link ProfileService} (which applies the role checks and the four-eyes
 * rule): the list of profiles with their statistics, the editor (expression errors shown in place with
 * line and column), the back-test, submission, approval and retirement.
 */
final class ProfilePages {
    private static final String BASE = "/analyst/profiles";
    private final WebAuth auth;
    private final ProfileService service;

    ProfilePages(WebAuth auth, ProfileService service) {
        this.auth = auth;
        this.service = service;
    }

    void list(Context ctx) {
        WebSession s = auth.requireStaff(ctx, "see the risk profiles");
        StringBuilder m = new StringBuilder("<h1>Risk profiles</h1>");
        if (s.account().role() == Role.ANALYST) m.append("<p><a href=\"" + BASE + "/new\">Write a new profile</a></p>");
        List<ObjectNode> all = service.list(s.account());
        if (all.isEmpty()) {
            m.append("<p>No profiles yet.</p>");
        } else {
            m.append("<table id=\"profiles\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Status</th><th scope=\"col\">Version</th>")
                    .append("<th scope=\"col\">In force</th><th scope=\"col\">Selections</th><th scope=\"col\">Hits</th><th scope=\"col\">Hit rate</th>")
                    .append("<th scope=\"col\">Revenue recovered</th></tr></thead><tbody>");
            for (ObjectNode summary : all) {
                JsonNode p = service.find(s.account(), summary.path("id").asLong());
                JsonNode latest = latest(p);
                JsonNode st = p.path("statistics");
                m.append("<tr data-profile=\"").append(p.path("id").asLong()).append("\"><td><a href=\"").append(BASE).append('/').append(p.path("id").asLong()).append("\">")
                        .append(Html.escape(latest.path("name").asText())).append("</a></td><td>").append(status(p.path("status").asText()))
                        .append("</td><td class=\"num\">").append(latest.path("version").asInt())
                        .append("</td><td class=\"num\">").append(p.path("activeVersion").isNull() ? "none" : "v" + p.path("activeVersion").asInt())
                        .append("</td><td class=\"num\">").append(st.path("selections").asLong())
                        .append("</td><td class=\"num\">").append(st.path("hits").asLong()).append(" of ").append(st.path("inspected").asLong()).append(" inspected")
                        .append("</td><td class=\"num\">").append(percent(st.path("hitRate")))
                        .append("</td><td class=\"num\">").append(Html.escape(st.path("revenueRecovered").asText("0"))).append("</td></tr>");
            }
            m.append("</tbody></table>");
        }
        WebRoutes.html(ctx, "Risk profiles", s, m.toString());
    }

    void newForm(Context ctx) {
        WebSession s = auth.requireRole(ctx, Role.ANALYST, "write profiles");
        ObjectNode blank = Json.object().put("validFrom", LocalDate.now(ZoneOffset.UTC).toString());
        WebRoutes.html(ctx, "New profile", s, "<h1>New profile</h1>" + editor(s, BASE, blank, List.of(), "Save the draft"));
    }

    void create(Context ctx) {
        WebSession s = auth.requirePost(ctx);
        ObjectNode body = body(ctx);
        try {
            ObjectNode created = service.create(s.account(), body);
            ctx.redirect(BASE + "/" + created.path("id").asLong() + "?done=" + Html.url("draft saved"), HttpStatus.SEE_OTHER);
        } catch (ApiProblem p) {
            if (p.status() != 422) throw p;
            ctx.status(422);
            WebRoutes.html(ctx, "New profile", s, "<h1>New profile</h1>" + refused(p) + editor(s, BASE, body, p.problems(), "Save the draft"));
        }
    }

    void show(Context ctx) {
        WebSession s = auth.requireStaff(ctx, "see the risk profiles");
        long id = id(ctx);
        JsonNode p = service.find(s.account(), id);
        StringBuilder m = new StringBuilder();
        String done = ctx.queryParam("done");
        if (done != null && done.matches("[a-z -]{1,40}")) m.append("<p class=\"notice\" role=\"status\">").append(Html.escape(done)).append(".</p>");
        m.append(page(s, p, latest(p), List.of()));
        String from = ctx.queryParam("from"), to = ctx.queryParam("to");
        if (from != null && to != null) m.append(backTest(s, id, from, to));
        WebRoutes.html(ctx, "Profile " + latest(p).path("name").asText(), s, m.toString());
    }

    void update(Context ctx) {
        WebSession s = auth.requirePost(ctx);
        long id = id(ctx);
        ObjectNode body = body(ctx);
        try {
            service.update(s.account(), id, body);
            ctx.redirect(BASE + "/" + id + "?done=" + Html.url("changes saved"), HttpStatus.SEE_OTHER);
        } catch (ApiProblem e) {
            if (e.status() != 422) throw e;
            JsonNode p = service.find(s.account(), id);
            ctx.status(422);
            WebRoutes.html(ctx, "Profile " + latest(p).path("name").asText(), s, refused(e) + page(s, p, body, e.problems()));
        }
    }

    void step(Context ctx) {
        WebSession s = auth.requirePost(ctx);
        long id = id(ctx);
        String done = switch (ctx.pathParam("step")) {
            case "submit" -> { service.submit(s.account(), id); yield "submitted for approval"; }
            case "approve" -> { service.approve(s.account(), id); yield "approved and in force"; }
            case "retire" -> {
                String reason = ctx.formParam("reason");
                if (reason == null || reason.isBlank()) {
                    throw ApiProblem.badRequest("say why the profile is retired", List.of(new Problem("MISSING_VALUE", "reason", "a reason for retiring is required")));
                }
                service.retire(s.account(), id, reason.strip());
                yield "retired";
            }
            default -> throw ApiProblem.notFound("no such step " + ctx.pathParam("step"));
        };
        ctx.redirect(BASE + "/" + id + "?done=" + Html.url(done), HttpStatus.SEE_OTHER);
    }

    private String page(WebSession s, JsonNode p, JsonNode shown, List<Problem> problems) {
        long id = p.path("id").asLong();
        JsonNode latest = latest(p);
        JsonNode st = p.path("statistics");
        StringBuilder m = new StringBuilder("<h1>Profile: ").append(Html.escape(latest.path("name").asText())).append("</h1>");
        m.append("<dl class=\"facts\"><dt>Status</dt><dd id=\"profile-status\">").append(status(latest.path("status").asText()))
                .append(" (version ").append(latest.path("version").asInt()).append(")</dd>")
                .append("<dt>In force</dt><dd>").append(p.path("activeVersion").isNull() ? "no version" : "version " + p.path("activeVersion").asInt()).append("</dd>")
                .append("<dt>Written by</dt><dd>").append(Html.escape(latest.path("author").asText())).append("</dd>");
        if (!latest.path("submittedBy").isNull()) m.append("<dt>Submitted by</dt><dd>").append(Html.escape(latest.path("submittedBy").asText())).append("</dd>");
        if (!latest.path("approvedBy").isNull()) m.append("<dt>Approved by</dt><dd>").append(Html.escape(latest.path("approvedBy").asText())).append("</dd>");
        m.append("<dt>Selections</dt><dd id=\"profile-selections\">").append(st.path("selections").asLong()).append("</dd><dt>Hits</dt><dd id=\"profile-hits\">")
                .append(st.path("hits").asLong()).append(" of ").append(st.path("inspected").asLong()).append(" inspected</dd>")
                .append("<dt>Hit rate</dt><dd id=\"profile-hit-rate\">").append(percent(st.path("hitRate"))).append("</dd>")
                .append("<dt>Revenue recovered</dt><dd id=\"profile-revenue\">").append(Html.escape(st.path("revenueRecovered").asText("0"))).append("</dd></dl>");
        if (s.account().role() != Role.ANALYST) {
            m.append("<p>Only analysts change, test, submit and approve profiles.</p>");
            return m.toString();
        }
        String status = latest.path("status").asText();
        String me = s.account().username();
        m.append("<section aria-labelledby=\"workflow-h\" class=\"actions\"><h2 id=\"workflow-h\">Submit, approve, retire</h2>");
        if (status.equals("DRAFT")) {
            m.append(button(s, BASE + "/" + id + "/submit", "Submit for approval"));
        } else if (status.equals("SUBMITTED")) {
            if (me.equals(latest.path("author").asText()) || me.equals(latest.path("submittedBy").asText())) {
                m.append("<p id=\"four-eyes\" class=\"note\">Four eyes: you wrote or submitted this version, so another analyst must approve it.</p>");
            } else {
                m.append(button(s, BASE + "/" + id + "/approve", "Approve"));
            }
        } else {
            m.append("<p>This version is ").append(Html.escape(status.toLowerCase())).append("; saving a change starts a new draft.</p>");
        }
        if (!p.path("activeVersion").isNull()) {
            // retiring takes the version in force out of the assessment at once; no second analyst is needed to stop a rule
            m.append("<form method=\"post\" action=\"").append(BASE).append('/').append(id).append("/retire\" class=\"action\">").append(s.csrfField())
                    .append("<label for=\"retire-reason\">Reason for retiring version ").append(p.path("activeVersion").asInt()).append("</label>")
                    .append("<input id=\"retire-reason\" name=\"reason\" required maxlength=\"500\">")
                    .append("<button type=\"submit\">Retire the profile</button></form>")
                    .append("<p class=\"note\">Retiring stops the version in force from selecting declarations at once; its statistics stay.</p>");
        }
        m.append("</section>");
        m.append("<section aria-labelledby=\"edit-h\"><h2 id=\"edit-h\">Change</h2>")
                .append(editor(s, BASE + "/" + id, shown, problems, "Save the changes")).append("</section>");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        m.append("<section aria-labelledby=\"bt-h\"><h2 id=\"bt-h\">Back-test</h2><form method=\"get\" action=\"").append(BASE).append('/').append(id).append("\" class=\"action\">")
                .append("<label for=\"bt-from\">Period from</label><input id=\"bt-from\" name=\"from\" type=\"date\" required value=\"").append(today.minusDays(90)).append("\">")
                .append("<label for=\"bt-to\">Period to</label><input id=\"bt-to\" name=\"to\" type=\"date\" required value=\"").append(today).append("\">")
                .append("<button type=\"submit\">Run the back-test</button></form></section>");
        return m.toString();
    }

    private String backTest(WebSession s, long id, String from, String to) {
        Instant start, end;
        try {
            start = LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
            end = LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return "<p class=\"problem\" role=\"alert\">The period needs two dates such as 2026-11-28.</p>";
        }
        ObjectNode r;
        try {
            r = service.backTest(s.account(), id, start, end);
        } catch (ApiProblem p) {
            if (p.status() == 403) throw p;
            return refused(p);
        }
        StringBuilder m = new StringBuilder("<section aria-labelledby=\"result-h\" id=\"back-test\"><h2 id=\"result-h\">Back-test of version ")
                .append(r.path("version").asInt()).append(", ").append(Html.escape(from)).append(" to ").append(Html.escape(to)).append("</h2>");
        m.append("<dl class=\"facts\"><dt>Declarations examined</dt><dd id=\"bt-examined\">").append(r.path("examined").asLong()).append("</dd>")
                .append("<dt>Selected</dt><dd id=\"bt-selected\">").append(r.path("selected").asLong()).append(" (").append(percent(r.path("selectionRate"))).append(")</dd>")
                .append("<dt>Selected and inspected</dt><dd>").append(r.path("selectedInspected").asLong()).append("</dd>")
                .append("<dt>Hits among them</dt><dd>").append(r.path("selectedHits").asLong()).append(" (").append(percent(r.path("hitRate"))).append(")</dd>")
                .append("<dt>Revenue recovered</dt><dd>").append(Html.escape(r.path("revenueRecovered").asText())).append("</dd>")
                .append("<dt>All inspections in the period</dt><dd>").append(r.path("baseline").path("hits").asLong()).append(" hits of ")
                .append(r.path("baseline").path("inspected").asLong()).append(" (").append(percent(r.path("baseline").path("hitRate"))).append(")</dd></dl>");
        if (r.path("truncated").asBoolean()) m.append("<p class=\"note\">The period held more than ").append(ProfileService.MAX_BACKTEST_DECLARATIONS).append(" declarations; only the first were examined.</p>");
        if (r.path("unreadable").asLong() > 0) m.append("<p class=\"note\">").append(r.path("unreadable").asLong()).append(" stored declarations could not be read and were skipped.</p>");
        m.append("<h3>Declarations it would have selected</h3><ul id=\"bt-hits\">");
        int shown = 0;
        for (JsonNode mrn : r.path("selectedMrns")) {
            if (shown++ == 500) { m.append("<li>… and more (the first 500 shown)</li>"); break; }
            m.append("<li>").append(Views.mrnLink(mrn.asText())).append("</li>");
        }
        return m.append("</ul></section>").toString();
    }

    private static String editor(WebSession s, String action, JsonNode v, List<Problem> problems, String button) {
        StringBuilder f = new StringBuilder("<form method=\"post\" action=\"").append(action).append("\" class=\"editor\">").append(s.csrfField());
        f.append(field("name", "Name", "<input id=\"f-name\" name=\"name\" required maxlength=\"200\" value=\"" + Html.escape(v.path("name").asText("")) + "\"", problems));
        f.append(field("expression", "Expression (CEL)", "<textarea id=\"f-expression\" name=\"expression\" rows=\"6\" cols=\"80\" required spellcheck=\"false\"", problems)
                .replace("\"></textarea>", "\">" + Html.escape(v.path("expression").asText("")) + "</textarea>"));
        StringBuilder lanes = new StringBuilder("<select id=\"f-lane\" name=\"lane\"><option value=\"\">(none: add a score)</option>");
        for (Lane l : Lane.values()) {
            lanes.append("<option value=\"").append(l.name()).append('"').append(l.name().equals(v.path("lane").asText()) ? " selected" : "").append('>')
                    .append(l.name().charAt(0)).append(l.name().substring(1).toLowerCase()).append("</option>");
        }
        f.append(field("lane", "Send to lane", lanes + "</select", problems));
        f.append(field("score", "or add a score (1 to 1000)", "<input id=\"f-score\" name=\"score\" inputmode=\"numeric\" value=\"" + Html.escape(v.path("score").asText("")) + "\"", problems));
        f.append(field("reason", "Reason (shown to the officer)", "<input id=\"f-reason\" name=\"reason\" required maxlength=\"500\" value=\"" + Html.escape(v.path("reason").asText("")) + "\"", problems));
        f.append(field("validFrom", "Valid from", "<input id=\"f-validFrom\" name=\"validFrom\" type=\"date\" required value=\"" + Html.escape(v.path("validFrom").asText("")) + "\"", problems));
        f.append(field("validTo", "Valid to (optional)", "<input id=\"f-validTo\" name=\"validTo\" type=\"date\" value=\"" + Html.escape(v.path("validTo").asText("")) + "\"", problems));
        StringBuilder offices = new StringBuilder();
        for (JsonNode o : v.path("offices")) offices.append(offices.isEmpty() ? "" : ", ").append(o.asText());
        f.append(field("offices", "Customs offices (comma separated; empty: all)", "<input id=\"f-offices\" name=\"offices\" value=\"" + Html.escape(offices) + "\"", problems));
        f.append("<fieldset><legend>Declaration types (none ticked: all)</legend>");
        for (DeclarationType t : DeclarationType.values()) {
            boolean on = false;
            for (JsonNode x : v.path("types")) on |= x.asText().equals(t.name());
            f.append("<label><input type=\"checkbox\" name=\"types\" value=\"").append(t.name()).append('"').append(on ? " checked" : "").append("> ")
                    .append(t.name().toLowerCase().replace('_', ' ')).append("</label> ");
        }
        f.append("</fieldset><label><input type=\"checkbox\" name=\"aeoExempt\" value=\"true\"").append(v.path("aeoExempt").asBoolean() ? " checked" : "")
                .append("> Authorised economic operators are exempt</label>");
        return f.append("<p><button type=\"submit\">").append(Html.escape(button)).append("</button></p></form>").toString();
    }

    /** A labelled control with its problems under it, tied by aria-describedby; {@code control} is an opening tag left unclosed. */
    private static String field(String name, String label, String control, List<Problem> problems) {
        StringBuilder errors = new StringBuilder();
        for (Problem p : problems) {
            if (name.equals(p.path())) errors.append("<li>").append(Html.escape(p.message())).append("</li>");
        }
        boolean bad = !errors.isEmpty();
        String tag = control + (bad ? " aria-invalid=\"true\" aria-describedby=\"e-" + name + "\"" : "") + ">";
        if (control.startsWith("<textarea")) tag += "</textarea>";
        StringBuilder out = new StringBuilder("<div class=\"field\"><label for=\"f-").append(name).append("\">").append(Html.escape(label)).append("</label>").append(tag);
        if (bad) out.append("<ul class=\"problem field-problems\" id=\"e-").append(name).append("\" role=\"alert\">").append(errors).append("</ul>");
        return out.append("</div>").toString();
    }

    private static String refused(ApiProblem p) {
        return "<p class=\"problem\" role=\"alert\">" + Html.escape(p.title()) + ": " + Html.escape(p.getMessage()) + ". Each problem is shown at its field below.</p>";
    }

    private static String button(WebSession s, String action, String text) {
        return "<form method=\"post\" action=\"" + action + "\" class=\"action\">" + s.csrfField() + "<button type=\"submit\">" + Html.escape(text) + "</button></form>";
    }

    /** The form as the JSON body ProfileService reads, so the same checks apply to the page and the API. */
    private static ObjectNode body(Context ctx) {
        ObjectNode b = Json.object();
        for (String f : List.of("name", "expression", "reason", "validFrom", "validTo")) {
            String v = ctx.formParam(f);
            if (v != null && !v.isBlank()) b.put(f, v);
        }
        String lane = ctx.formParam("lane");
        if (lane != null && !lane.isBlank()) b.put("lane", lane);
        String score = ctx.formParam("score");
        if (score != null && !score.isBlank()) {
            try {
                b.put("score", Integer.parseInt(score.trim()));
            } catch (NumberFormatException e) {
                b.put("score", score);
            }
        }
        ArrayNode offices = b.putArray("offices");
        String o = ctx.formParam("offices");
        if (o != null) for (String x : o.split(",")) if (!x.isBlank()) offices.add(x.trim());
        ArrayNode types = b.putArray("types");
        ctx.formParams("types").forEach(types::add);
        b.put("aeoExempt", "true".equals(ctx.formParam("aeoExempt")));
        return b;
    }

    private static JsonNode latest(JsonNode p) {
        JsonNode versions = p.path("versions");
        return versions.get(versions.size() - 1);
    }

    private static String status(String s) {
        return switch (s) {
            case "DRAFT" -> "Draft";
            case "SUBMITTED" -> "Waiting for approval";
            case "ACTIVE" -> "In force";
            case "RETIRED" -> "Retired";
            default -> Html.escape(s.toLowerCase());
        };
    }

    private static String percent(JsonNode rate) {
        if (rate == null || rate.isNull() || rate.isMissingNode()) return "no data";
        return String.format(java.util.Locale.ROOT, "%.1f %%", rate.asDouble() * 100);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no profile " + ctx.pathParam("id"));
        }
    }
}
