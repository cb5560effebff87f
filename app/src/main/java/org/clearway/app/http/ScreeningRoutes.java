package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.clearance.DeclarationFormat;
import org.clearway.app.screening.ScreeningService;
import org.clearway.core.screening.NameMatch;
import org.clearway.core.screening.ScreeningMatch;
import org.clearway.store.account.Account;

/**
 * Watch-list screening: screen a name ({@code POST /api/v1/screening}), list and import watch lists
 * ({@code /api/v1/watchlists}, import as text/csv to {@code PUT /api/v1/watchlists/{name}}), see and
 * clear a declaration's matches ({@code /api/v1/declarations/{mrn}/screening[-clearances]}).
 */
final class ScreeningRoutes {
    private final ScreeningService service;
    private final Authenticator auth;

    ScreeningRoutes(ScreeningService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/screening", this::screen);
        routes.get("/api/v1/watchlists", this::lists);
        routes.put("/api/v1/watchlists/{name}", this::importList);
        routes.get("/api/v1/declarations/{mrn}/screening", ctx -> {
            Account who = who(ctx);
            String mrn = ctx.pathParam("mrn");
            ObjectNode body = Json.object().put("mrn", mrn);
            body.set("matches", matches(service.matches(who, mrn)));
            Json.send(ctx, 200, body);
        });
        routes.post("/api/v1/declarations/{mrn}/screening-clearances", ctx -> {
            Account who = who(ctx);
            ObjectNode in = Json.readObject(ctx);
            var c = service.clear(who, ctx.pathParam("mrn"), Json.text(in, "list"), Json.text(in, "entryId"), Json.text(in, "reason"));
            ObjectNode body = Json.object().put("mrn", c.mrn()).put("list", c.list()).put("entryId", c.entryId());
            ArrayNode parties = body.putArray("clearedFor");
            c.partyKeys().forEach(parties::add);
            body.set("remainingMatches", matches(c.remaining()));
            body.put("reassessed", c.reassessed()).put("status", c.declaration().status().name())
                    .put("lane", c.declaration().lane() == null ? null : c.declaration().lane().name());
            Json.send(ctx, 201, body);
        });
    }

    private void screen(Context ctx) {
        Account who = who(ctx);
        DeclarationRoutes.requireJson(ctx);
        ObjectNode in = Json.readObject(ctx);
        String name = Json.text(in, "name");
        String country = in.path("country").isTextual() ? in.path("country").asText() : null;
        List<NameMatch> found = service.screenName(who, name, country);
        ObjectNode body = Json.object().put("name", name).put("country", country);
        ArrayNode list = body.putArray("matches");
        for (NameMatch m : found) {
            list.addObject().put("list", m.entry().list()).put("entryId", m.entry().entryId()).put("entryName", m.entry().name())
                    .put("matchedName", m.matchedName()).put("score", m.score());
        }
        Json.send(ctx, 200, body);
    }

    private void lists(Context ctx) {
        Account who = who(ctx);
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (var l : service.lists(who)) {
            items.addObject().put("name", l.name()).put("source", l.source()).put("bundled", l.bundled()).put("entries", l.entries())
                    .put("importedBy", l.importedBy()).put("importedAt", l.importedAt());
        }
        ObjectNode body = Json.object();
        body.set("items", items);
        Json.send(ctx, 200, body);
    }

    private void importList(Context ctx) {
        Account who = who(ctx);
        if (!DeclarationFormat.mediaType(ctx.contentType()).equals("text/csv")) throw ApiProblem.unsupportedMediaType(ctx.contentType(), "text/csv");
        String source = ctx.queryParam("source");
        var info = service.importList(who, ctx.pathParam("name"), source == null ? "imported by " + who.username() : source, ctx.bodyAsBytes());
        ObjectNode body = Json.object().put("name", info.name()).put("source", info.source()).put("entries", info.entryCount())
                .put("importedBy", info.importedBy()).put("importedAt", info.importedAt().toString());
        ctx.header("Location", "/api/v1/watchlists");
        Json.send(ctx, 201, body);
    }

    private static ArrayNode matches(List<ScreeningMatch> matches) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (ScreeningMatch m : matches) {
            a.addObject().put("partyRole", m.partyRole()).put("partyName", m.partyName()).put("list", m.list())
                    .put("entryId", m.entryId()).put("entryName", m.entryName()).put("matchedName", m.matchedName()).put("score", m.score());
        }
        return a;
    }

    private Account who(Context ctx) { return auth.authenticate(ctx.header("Authorization")); }
}
