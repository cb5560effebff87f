package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clearway.app.clearance.DeclarationFormat;
import org.clearway.app.clearance.DeclarationFormats;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.ApiServer;
import org.clearway.app.http.Json;
import org.clearway.core.validation.Problem;
import org.clearway.store.Page;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.DeclarationQuery;
import org.clearway.store.declaration.StoredDeclaration;

/** The trader's pages: own declarations with where they stand, and lodging a declaration by uploading a file. */
final class TraderPages {
    static final int PAGE_SIZE = 50;
    private final WebAuth auth;
    private final DeclarationService service;

    TraderPages(WebAuth auth, DeclarationService service) {
        this.auth = auth;
        this.service = service;
    }

    void list(Context ctx) {
        WebSession s = auth.requireRole(ctx, Role.DECLARANT, "see a trader's declarations");
        int offset = offset(ctx.queryParam("offset"));
        Page<StoredDeclaration> page = service.list(s.account(), DeclarationQuery.all().withPage(PAGE_SIZE, offset));
        StringBuilder m = new StringBuilder("<h1>My declarations</h1><p><a class=\"button\" href=\"/trader/lodge\">Lodge a declaration</a></p>");
        if (page.items().isEmpty()) {
            m.append("<p>You have not lodged any declarations yet.</p>");
        } else {
            m.append("<p>").append(page.total()).append(" declarations, newest first.</p>");
            m.append("<table id=\"declarations\"><thead><tr><th scope=\"col\">MRN</th><th scope=\"col\">Your reference</th><th scope=\"col\">Lodged</th><th scope=\"col\">Status</th><th scope=\"col\">Lane</th><th scope=\"col\">Amount due</th><th scope=\"col\">Message from customs</th></tr></thead><tbody>");
            for (StoredDeclaration d : page.items()) {
                m.append("<tr><td>").append(Views.mrnLink(d.mrn())).append("</td><td>").append(Html.escape(d.lrn())).append("</td><td>")
                        .append(Views.time(d.lodgedAt())).append("</td><td>").append(Views.status(d.status())).append("</td><td>")
                        .append(Views.lane(d.lane())).append("</td><td class=\"num\">").append(Html.escape(Views.total(d))).append("</td><td>")
                        .append(Html.escape(message(d))).append("</td></tr>");
            }
            m.append("</tbody></table>");
            if (offset > 0) m.append("<a href=\"/trader/declarations?offset=").append(Math.max(0, offset - PAGE_SIZE)).append("\">Newer</a> ");
            if (page.hasNext()) m.append("<a href=\"/trader/declarations?offset=").append(offset + page.items().size()).append("\">Older</a>");
        }
        WebRoutes.html(ctx, "My declarations", s, m.toString());
    }

    /** What the trader should know: the last reason given for the lane (a re-route's reason comes last). */
    static String message(StoredDeclaration d) {
        JsonNode reasons = Views.json(d.assessmentJson()).path("laneDecision").path("reasons");
        String last = reasons.size() == 0 ? "" : reasons.get(reasons.size() - 1).path("text").asText("");
        if (!last.isEmpty()) last = Character.toUpperCase(last.charAt(0)) + last.substring(1) + (last.endsWith(".") ? "" : ".");
        return switch (d.status()) {
            case ASSESSED -> "Held for a check by customs. " + last;
            case UNDER_INSPECTION -> "Customs is checking the goods or documents. " + last;
            case RELEASED -> "The goods may leave customs control.";
            case SEIZED -> "The goods are seized; see the declaration's timeline.";
            case INVALIDATED -> "Withdrawn.";
            case ACCEPTED -> "Accepted; the lane is not decided yet.";
        };
    }

    void lodgeForm(Context ctx) {
        WebSession s = auth.requireRole(ctx, Role.DECLARANT, "lodge declarations");
        WebRoutes.html(ctx, "Lodge a declaration", s, form(s, ""));
    }

    void lodge(Context ctx) {
        WebSession s = auth.requireRole(ctx, Role.DECLARANT, "lodge declarations");
        auth.requirePost(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            WebRoutes.html(ctx, "Lodge a declaration", s, form(s, "<div class=\"problem\" role=\"alert\"><p>Choose a file to upload.</p></div>"));
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) ApiServer.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (content.length > ApiServer.MAX_BODY_BYTES) throw ApiProblem.tooLarge(ApiServer.MAX_BODY_BYTES);
        var format = UploadFormats.detect(file.filename(), content);
        if (format.isEmpty()) {
            ctx.status(415);
            WebRoutes.html(ctx, "Lodge a declaration", s, form(s, "<div class=\"problem\" role=\"alert\"><p>The file " + Html.escape(file.filename())
                    + " is not in a format Clearway reads. Upload " + Html.escape(acceptedNames()) + ".</p></div>"));
            return;
        }
        try {
            DeclarationService.Lodged lodged = format.get().lodge(service, s.account(), content);
            String done = lodged.created() ? "lodged" : "already lodged with this content";
            ctx.redirect("/declarations/" + Html.url(lodged.declaration().mrn()) + "?done=" + Html.url(done), HttpStatus.SEE_OTHER);
        } catch (ApiProblem p) {
            ctx.status(p.status());
            WebRoutes.html(ctx, "Lodge a declaration: problems", s, form(s, problems(p, file.filename(), content)));
        }
    }

    /** The problems against the fields: the readable label, the value sent, what is wrong. */
    static String problems(ApiProblem p, String filename, byte[] content) {
        JsonNode sent = null;
        try {
            sent = Json.MAPPER.readTree(content);
        } catch (Exception unreadable) {
            // the problems then say where the file could not be read
        }
        StringBuilder m = new StringBuilder("<div class=\"problem\" role=\"alert\" id=\"problems\"><h2>")
                .append(Html.escape(filename)).append(" was not lodged</h2><p>").append(Html.escape(p.getMessage())).append("</p>");
        List<Problem> problems = p.problems();
        if (!problems.isEmpty()) {
            m.append("<table><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">You sent</th><th scope=\"col\">What is wrong</th></tr></thead><tbody>");
            for (Problem pr : problems) {
                m.append("<tr><th scope=\"row\">").append(Html.escape(FieldLabels.label(pr.path()))).append(" <span class=\"code\">").append(Html.escape(pr.path()))
                        .append("</span></th><td><code>").append(Html.escape(FieldLabels.valueAt(sent, pr.path()))).append("</code></td><td>")
                        .append(Html.escape(pr.message())).append("</td></tr>");
            }
            m.append("</tbody></table>");
        }
        return m.append("<p>Nothing was stored. Correct the file and upload it again.</p></div>").toString();
    }

    private static String form(WebSession s, String above) {
        return "<h1>Lodge a declaration</h1>" + above + """
                <form method="post" action="/trader/lodge" enctype="multipart/form-data" class="stack narrow">
                %s
                <label for="file">Declaration file</label>
                <input id="file" name="file" type="file" required accept="%s" aria-describedby="file-hint">
                <p id="file-hint" class="hint">A declaration as %s (examples of the JSON format are in examples/declarations in the source).</p>
                <button type="submit">Upload and lodge</button>
                </form>
                """.formatted(s.csrfField(), Html.escape(acceptAttribute()), Html.escape(acceptedNames()));
    }

    /** The file picker's filter: every extension and media type a format accepted for lodgement has. */
    private static String acceptAttribute() {
        StringBuilder a = new StringBuilder(".json,application/json");
        for (DeclarationFormat f : DeclarationFormats.OTHERS) {
            f.extensions().forEach(e -> a.append(",.").append(e));
            f.mediaTypes().forEach(t -> a.append(',').append(t));
        }
        return a.toString();
    }

    /** The accepted formats in words: "a .json file (Clearway JSON) or a .xml file (WCO ...)". */
    static String acceptedNames() {
        StringBuilder n = new StringBuilder("a .json file (Clearway JSON)");
        for (DeclarationFormat f : DeclarationFormats.OTHERS) {
            n.append(" or a .").append(f.extensions().get(0)).append(" file (").append(f.label()).append(')');
        }
        return n.toString();
    }

    private static int offset(String s) {
        if (s == null) return 0;
        try {
            return Math.max(0, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
