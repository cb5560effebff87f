package org.clearway.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import org.clearway.app.Clearway;
import org.clearway.app.http.ApiProblem;
import org.clearway.store.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application's routes (everything outside /api): server-rendered HTML pages that call the
 * same services as the API, with the same role checks. Errors become HTML pages; a missing or expired
 * session becomes a redirect to the sign-in page.
 */
public final class WebRoutes {
    private static final Logger log = LoggerFactory.getLogger(WebRoutes.class);
    private final WebAuth auth;
    private final SignInPages signIn;
    private final QueuePage queue;
    private final DeclarationPage declaration;
    private final TraderPages trader;
    private final DashboardPage dashboard;
    private final ProfilePages profiles;
    private final WatchListPages watchLists;
    private final byte[] css;

    public WebRoutes(Clearway app) {
        this.auth = new WebAuth(app.authenticator());
        this.signIn = new SignInPages(auth);
        this.queue = new QueuePage(auth, app.declarations());
        this.declaration = new DeclarationPage(auth, app.declarations(), app.inspections(), app.screening(), new ClearedMatches(app.database().jdbi()));
        this.trader = new TraderPages(auth, app.declarations());
        this.dashboard = new DashboardPage(auth, new DashboardData(app.database().jdbi()), app.clock(), app.administration().currency().value());
        this.profiles = new ProfilePages(auth, app.profiles());
        this.watchLists = new WatchListPages(auth, app.screening());
        this.css = resource("/web/clearway.css");
    }

    public void register(RoutesConfig routes) {
        routes.get("/static/clearway.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=86400").result(css));
        routes.get("/", page(ctx -> ctx.redirect(auth.current(ctx).map(s -> home(s.account().role())).orElse("/sign-in"))));
        routes.get("/sign-in", page(signIn::form));
        routes.post("/sign-in", page(signIn::submit));
        routes.post("/sign-out", page(signIn::signOut));
        routes.get("/officer/queue", page(queue::show));
        routes.get("/declarations/{mrn}", page(declaration::show));
        routes.post("/declarations/{mrn}/{action}", page(declaration::act));
        routes.get("/trader/declarations", page(trader::list));
        routes.get("/trader/lodge", page(trader::lodgeForm));
        routes.post("/trader/lodge", page(trader::lodge));
        routes.get("/dashboard", page(dashboard::show));
        routes.get("/analyst/profiles", page(profiles::list));
        routes.get("/analyst/profiles/new", page(profiles::newForm));
        routes.post("/analyst/profiles", page(profiles::create));
        routes.get("/analyst/profiles/{id}", page(profiles::show));
        routes.post("/analyst/profiles/{id}", page(profiles::update));
        routes.post("/analyst/profiles/{id}/{step}", page(profiles::step));
        routes.get(WatchListPages.BASE, page(watchLists::list));
        routes.post(WatchListPages.BASE, page(watchLists::upload));
    }

    /**
     * An error outside /api for a browser (one that accepts text/html), such as an unknown address,
     * answered as a page instead of problem JSON. Returns false when the API's JSON answer should go.
     */
    public boolean answeredAsPage(Context ctx, int status, String message) {
        String accept = ctx.header("Accept");
        if (ctx.path().startsWith("/api/") || accept == null || !accept.contains("text/html")) return false;
        ctx.header("Cache-Control", "no-store");
        if (status == 404) error(ctx, 404, "Page not found", "There is no page at " + ctx.path() + ". Check the address, or start again from your start page.");
        else error(ctx, status, "The request could not be answered", message);
        return true;
    }

    static String home(Role role) {
        return switch (role) {
            case DECLARANT -> "/trader/declarations";
            case OFFICER -> "/officer/queue";
            case ANALYST, ADMIN -> "/dashboard";
        };
    }

    private Handler page(Handler h) {
        return ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'");
            try {
                h.handle(ctx);
            } catch (WebAuth.SignInNeeded e) {
                String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
                ctx.redirect("/sign-in?next=" + Html.url(next));
            } catch (ApiProblem p) {
                error(ctx, p.status(), p.title(), p.getMessage());
            } catch (Exception e) {
                log.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Something went wrong", "The server failed; nothing was changed by this request. The details are in the server log.");
            }
        };
    }

    private void error(Context ctx, int status, String title, String detail) {
        WebSession session = auth.current(ctx).orElse(null);
        String back = session == null ? "/sign-in" : home(session.account().role());
        ctx.status(status).contentType("text/html; charset=utf-8").result(Layout.page(title, session,
                "<h1>" + Html.escape(title) + "</h1><p class=\"problem\">" + Html.escape(detail) + "</p>"
                        + "<p><a href=\"" + back + "\">Back to your start page</a></p>"));
    }

    static void html(Context ctx, String title, WebSession session, String main) {
        ctx.contentType("text/html; charset=utf-8").result(Layout.page(title, session, main));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the application jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
