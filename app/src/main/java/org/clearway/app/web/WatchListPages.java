package org.clearway.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.ApiServer;
import org.clearway.app.screening.ScreeningService;
import org.clearway.core.validation.Problem;
import org.clearway.store.account.Role;

/**
 * Watch lists in the browser: every list screening uses (the bundled OFAC SDN and UN lists and the
 * imported ones, with their size and who imported them), and for analysts the upload of a CSV list
 * through {@link ScreeningService#importList}, the same path as {@code PUT /api/v1/watchlists/{name}}.
 * A refused file shows every problem with its line; nothing is imported then.
 */
final class WatchListPages {
    static final String BASE = "/analyst/watchlists";
    private final WebAuth auth;
    private final ScreeningService screening;

    WatchListPages(WebAuth auth, ScreeningService screening) {
        this.auth = auth;
        this.screening = screening;
    }

    void list(Context ctx) {
        WebSession s = auth.requireStaff(ctx, "see the watch lists");
        String done = ctx.queryParam("imported");
        String notice = done != null && done.matches("[A-Za-z0-9 ._-]{1,64}")
                ? "<p class=\"notice\" role=\"status\">List " + Html.escape(done) + " imported; screening uses it from now on.</p>" : "";
        WebRoutes.html(ctx, "Watch lists", s, page(s, notice, "", ""));
    }

    void upload(Context ctx) {
        WebSession s = auth.requireRole(ctx, Role.ANALYST, "import watch lists");
        auth.requirePost(ctx);
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        String source = ctx.formParam("source") == null ? "" : ctx.formParam("source").strip();
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            WebRoutes.html(ctx, "Watch lists", s, page(s, alert("<p>Choose a CSV file to upload.</p>"), name, source));
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) ApiServer.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (content.length > ApiServer.MAX_BODY_BYTES) throw ApiProblem.tooLarge(ApiServer.MAX_BODY_BYTES);
        try {
            var info = screening.importList(s.account(), name, source.isEmpty() ? file.filename() : source, content);
            ctx.redirect(BASE + "?imported=" + Html.url(info.name()), HttpStatus.SEE_OTHER);
        } catch (ApiProblem p) {
            if (p.status() != 422) throw p;
            ctx.status(422);
            StringBuilder why = new StringBuilder("<h2>").append(Html.escape(file.filename())).append(" was not imported</h2><p>")
                    .append(Html.escape(p.getMessage())).append("</p><table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Code</th><th scope=\"col\">What is wrong</th></tr></thead><tbody>");
            for (Problem pr : p.problems()) {
                why.append("<tr><th scope=\"row\">").append(Html.escape(pr.path())).append("</th><td><span class=\"code\">").append(Html.escape(pr.code()))
                        .append("</span></td><td>").append(Html.escape(pr.message())).append("</td></tr>");
            }
            why.append("</tbody></table><p>Nothing was imported; the lists in use are unchanged. Correct the file and upload it again.</p>");
            WebRoutes.html(ctx, "Watch lists: problems", s, page(s, alert(why.toString()), name, source));
        }
    }

    private String page(WebSession s, String above, String name, String source) {
        StringBuilder m = new StringBuilder("<h1>Watch lists</h1>").append(above);
        m.append("<p>Every party of every declaration is screened against these lists; a match holds the declaration in the red lane until an officer clears it.</p>");
        m.append("<table id=\"watchlists\"><thead><tr><th scope=\"col\">List</th><th scope=\"col\">Source</th><th scope=\"col\">Entries</th>")
                .append("<th scope=\"col\">Imported by</th><th scope=\"col\">Imported</th></tr></thead><tbody>");
        for (var l : screening.lists(s.account())) {
            m.append("<tr data-list=\"").append(Html.escape(l.name())).append("\"><td>").append(Html.escape(l.name())).append("</td><td>").append(Html.escape(l.source()))
                    .append("</td><td class=\"num\">").append(l.entries()).append("</td><td>").append(l.bundled() ? "bundled with Clearway" : Html.escape(l.importedBy()))
                    .append("</td><td>").append(l.importedAt() == null ? "" : Views.time(java.time.Instant.parse(l.importedAt()))).append("</td></tr>");
        }
        m.append("</tbody></table>");
        if (s.account().role() != Role.ANALYST) return m.append("<p>Only analysts import lists.</p>").toString();
        m.append("<section aria-labelledby=\"import-h\"><h2 id=\"import-h\">Import a list</h2>")
                .append("<p id=\"csv-hint\" class=\"hint\">A UTF-8 CSV file with a header row naming <code>entry_id</code> and <code>name</code>, and optionally ")
                .append("<code>aliases</code> (separated by <code>;</code>) and <code>country</code> (ISO codes such as <code>RU</code>, several separated by <code>;</code>). ")
                .append("Importing under the name of an imported list replaces it.</p>")
                .append("<form method=\"post\" action=\"").append(BASE).append("\" enctype=\"multipart/form-data\" class=\"stack narrow\">").append(s.csrfField())
                .append("<label for=\"wl-name\">List name</label><input id=\"wl-name\" name=\"name\" required maxlength=\"64\" value=\"")
                .append(Html.escape(name)).append("\" aria-describedby=\"name-hint\"><p id=\"name-hint\" class=\"hint\">1 to 64 letters, digits, spaces, dots, dashes or underscores; not OFAC-SDN or UN.</p>")
                .append("<label for=\"wl-source\">Source (optional: where the list comes from)</label><input id=\"wl-source\" name=\"source\" maxlength=\"200\" value=\"")
                .append(Html.escape(source)).append("\">")
                .append("<label for=\"wl-file\">List file (CSV)</label><input id=\"wl-file\" name=\"file\" type=\"file\" required accept=\".csv,text/csv\" aria-describedby=\"csv-hint\">")
                .append("<button type=\"submit\">Import the list</button></form></section>");
        return m.toString();
    }

    private static String alert(String inner) {
        return "<div class=\"problem\" role=\"alert\" id=\"problems\">" + inner + "</div>";
    }
}
