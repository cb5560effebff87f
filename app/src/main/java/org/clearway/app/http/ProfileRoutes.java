package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.profile.ProfileService;
import org.clearway.store.account.Account;

/** /api/v1/profiles: create, change, submit, approve, retire, back-test, see with statistics. */
public final class ProfileRoutes {
    private static final String BASE = "/api/v1/profiles";
    private final ProfileService service;
    private final Authenticator auth;

    public ProfileRoutes(ProfileService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE, ctx -> {
            Account who = who(ctx);
            ObjectNode created = service.create(who, Json.readObject(ctx));
            ctx.header("Location", BASE + "/" + created.get("id").asLong());
            Json.send(ctx, 201, created);
        });
        routes.get(BASE, ctx -> {
            ObjectNode body = Json.object();
            ArrayNode items = body.putArray("items");
            service.list(who(ctx)).forEach(items::add);
            Json.send(ctx, 200, body);
        });
        routes.get(BASE + "/{id}", ctx -> Json.send(ctx, 200, service.find(who(ctx), id(ctx))));
        routes.put(BASE + "/{id}", ctx -> {
            Account who = who(ctx);
            Json.send(ctx, 200, service.update(who, id(ctx), Json.readObject(ctx)));
        });
        routes.post(BASE + "/{id}/submission", ctx -> Json.send(ctx, 200, service.submit(who(ctx), id(ctx))));
        routes.post(BASE + "/{id}/approval", ctx -> Json.send(ctx, 200, service.approve(who(ctx), id(ctx))));
        routes.post(BASE + "/{id}/retirement", ctx -> {
            Account who = who(ctx);
            Json.send(ctx, 200, service.retire(who, id(ctx), Json.text(Json.readObject(ctx), "reason")));
        });
        routes.post(BASE + "/{id}/back-test", ctx -> {
            Account who = who(ctx);
            ObjectNode body = Json.readObject(ctx);
            Instant from = DeclarationRoutes.instant(Json.text(body, "from"), "from", false);
            Instant to = DeclarationRoutes.instant(Json.text(body, "to"), "to", true);
            Json.send(ctx, 200, service.backTest(who, id(ctx), from, to));
        });
    }

    private Account who(Context ctx) { return auth.authenticate(ctx.header("Authorization")); }

    private static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no profile " + v);
        }
    }
}
