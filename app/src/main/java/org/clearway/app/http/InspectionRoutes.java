package org.clearway.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.inspection.InspectionService;
import org.clearway.store.account.Account;

/** /api/v1/declarations/{mrn}/inspection: the officer records the result of the check; customs staff read it. */
public final class InspectionRoutes {
    private static final String PATH = "/api/v1/declarations/{mrn}/inspection";
    private final InspectionService service;
    private final Authenticator auth;

    public InspectionRoutes(InspectionService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, ctx -> {
            Account who = who(ctx);
            Json.send(ctx, 201, service.record(who, ctx.pathParam("mrn"), Json.readObject(ctx)));
        });
        routes.get(PATH, ctx -> Json.send(ctx, 200, service.find(who(ctx), ctx.pathParam("mrn"))));
    }

    private Account who(Context ctx) { return auth.authenticate(ctx.header("Authorization")); }
}
