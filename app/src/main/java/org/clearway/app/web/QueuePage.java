package org.clearway.app.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;
import org.clearway.store.declaration.DeclarationQuery;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * The officer's work queue: declarations held for a check (waiting, or being checked; yellow or red
 * lane), red before yellow, oldest first, filtered by customs office and lane.
 */
final class QueuePage {
    /**
     * How many held declarations of each status and lane the queue reads, those waiting longest; more
     * are counted but not listed (until 2026-11-29 it read the newest, so after a large manifest the
     * oldest dropped out of the queue).
     */
    static final int MAX_HELD = DeclarationQuery.MAX_LIMIT;
    private final WebAuth auth;
    private final DeclarationService service;

    QueuePage(WebAuth auth, DeclarationService service) {
        this.auth = auth;
        this.service = service;
    }

    record Held(StoredDeclaration declaration, String office) {}

    /** Risk first (red, then yellow), then age (oldest lodgement first). */
    static final Comparator<Held> ORDER = Comparator.<Held>comparingInt(h -> h.declaration().lane() == Lane.RED ? 0 : 1)
            .thenComparing(h -> h.declaration().lodgedAt()).thenComparing(h -> h.declaration().mrn());

    void show(Context ctx) {
        WebSession s = auth.requireStaff(ctx, "see the work queue");
        String officeFilter = blankToNull(ctx.queryParam("office"));
        Lane laneFilter = lane(ctx.queryParam("lane"));
        List<Held> all = new ArrayList<>();
        long total = 0;
        for (DeclarationStatus status : List.of(DeclarationStatus.ASSESSED, DeclarationStatus.UNDER_INSPECTION)) {
            for (Lane lane : List.of(Lane.RED, Lane.YELLOW)) {
                var page = service.list(s.account(), DeclarationQuery.all().withStatus(status).withLane(lane).withPage(MAX_HELD, 0).withOldestFirst());
                total += page.total();
                page.items().forEach(d -> all.add(new Held(d, Views.office(d))));
            }
        }
        TreeSet<String> offices = new TreeSet<>();
        all.forEach(h -> { if (!h.office().isEmpty()) offices.add(h.office()); });
        List<Held> shown = all.stream()
                .filter(h -> officeFilter == null || officeFilter.equals(h.office()))
                .filter(h -> laneFilter == null || laneFilter == h.declaration().lane())
                .sorted(ORDER).toList();
        Instant now = Instant.now();
        StringBuilder main = new StringBuilder("<h1>Work queue</h1>");
        main.append("<p>Declarations held for a check, red (physical check) before yellow (document check), oldest first.</p>");
        main.append("<form method=\"get\" action=\"/officer/queue\" class=\"filters\"><label for=\"office\">Office</label><select id=\"office\" name=\"office\"><option value=\"\">All offices</option>");
        for (String o : offices) {
            main.append("<option").append(o.equals(officeFilter) ? " selected" : "").append(" value=\"").append(Html.escape(o)).append("\">").append(Html.escape(o)).append("</option>");
        }
        main.append("</select><label for=\"lane\">Lane</label><select id=\"lane\" name=\"lane\"><option value=\"\">Red and yellow</option>");
        for (Lane l : List.of(Lane.RED, Lane.YELLOW)) {
            main.append("<option").append(l == laneFilter ? " selected" : "").append(" value=\"").append(l.name()).append("\">").append(l == Lane.RED ? "Red only" : "Yellow only").append("</option>");
        }
        main.append("</select><button type=\"submit\">Filter</button></form>");
        main.append("<p id=\"queue-count\">").append(shown.size()).append(shown.size() == 1 ? " declaration" : " declarations").append(" shown");
        if (total > all.size()) main.append(" (the queue holds ").append(total).append("; the oldest ").append(all.size()).append(" are read)");
        main.append(".</p>");
        main.append("<p class=\"note\">A watch-list match holds its declaration in the red lane, so it is in this queue; the match and the form to clear it are on the declaration's page.</p>");
        if (shown.isEmpty()) {
            main.append("<p>Nothing is waiting.</p>");
        } else {
            main.append("<table id=\"queue\"><caption class=\"visually-hidden\">Held declarations</caption><thead><tr><th scope=\"col\">MRN</th><th scope=\"col\">Lane</th><th scope=\"col\">Status</th><th scope=\"col\">Office</th><th scope=\"col\">Type</th><th scope=\"col\">Declarant</th><th scope=\"col\">Waiting</th><th scope=\"col\">Amount due</th></tr></thead><tbody>");
            for (Held h : shown) {
                StoredDeclaration d = h.declaration();
                main.append("<tr data-mrn=\"").append(Html.escape(d.mrn())).append("\"><td>").append(Views.mrnLink(d.mrn())).append("</td><td>").append(Views.lane(d.lane()))
                        .append("</td><td>").append(Views.status(d.status())).append("</td><td>").append(Html.escape(h.office()))
                        .append("</td><td>").append(d.type().name().toLowerCase().replace('_', ' ')).append("</td><td>").append(Html.escape(d.declarantId()))
                        .append("</td><td>").append(Views.age(d.lodgedAt(), now)).append("</td><td class=\"num\">").append(Html.escape(Views.total(d))).append("</td></tr>");
            }
            main.append("</tbody></table>");
        }
        WebRoutes.html(ctx, "Work queue", s, main.toString());
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static Lane lane(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Lane.valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
