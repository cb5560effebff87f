package org.clearway.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clearway.app.Clearway;
import org.clearway.core.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: JSON in and out, errors as application/problem+json (RFC 9457), bodies limited in
 * size, virtual threads for requests. Routes live in one small class per resource.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    /** Largest request body accepted; a declaration of 999 items fits in well under this. */
    public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;
    /** Up to this size an oversized body is read and dropped before the 413, so that the client surely gets the answer. */
    static final long DRAIN_LIMIT_BYTES = 4 * MAX_BODY_BYTES;

    private final Javalin javalin;

    private ApiServer(Javalin javalin) { this.javalin = javalin; }

    public static ApiServer start(Clearway app, String host, int port) {
        byte[] openApi = resource("/openapi.json");
        var web = new org.clearway.app.web.WebRoutes(app);
        Javalin javalin = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                String length = ctx.header("Content-Length");
                if (!ctx.path().equals(ManifestRoutes.PATH) && length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                        && Long.parseLong(length) > MAX_BODY_BYTES) {
                    // A client still sending when the connection closes sees a reset instead of the 413 (seen
                    // under load), so a body of modest excess is read and dropped first; larger ones are not.
                    if (Long.parseLong(length) <= DRAIN_LIMIT_BYTES) {
                        try (var in = ctx.req().getInputStream()) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        } catch (java.io.IOException ignored) {
                            // the client went away; the answer below is then moot
                        }
                    }
                    ctx.header("Connection", "close");
                    throw ApiProblem.tooLarge(MAX_BODY_BYTES);
                }
            });
            config.routes.get("/api/health", ctx -> {
                var health = app.health();
                // 503 when down, so that load balancers and container probes (which read the status code) notice
                Json.send(ctx, "UP".equals(health.path("status").asText()) ? 200 : 503, health);
            });
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            new AuthRoutes(app.authenticator(), app.accounts(), app.passwordHasher()).register(config.routes);
            new DeclarationRoutes(app.declarations(), app.authenticator()).register(config.routes);
            web.register(config.routes);
            new TariffRoutes(app).register(config.routes);
            new ProfileRoutes(app.profiles(), app.authenticator()).register(config.routes);
            new InspectionRoutes(app.inspections(), app.authenticator()).register(config.routes);
            new ModelRoutes(app.models(), app.authenticator(), app::refreshTargeting).register(config.routes);
            new ScreeningRoutes(app.screening(), app.authenticator()).register(config.routes);
            new ManifestRoutes(app).register(config.routes);

            config.routes.exception(ApiProblem.class, (e, ctx) -> Json.sendProblem(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (!web.answeredAsPage(ctx, e.getStatus(), e.getMessage())) Json.sendProblem(ctx, fromJavalin(e));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                Json.sendProblem(ctx, new ApiProblem(500, "urn:clearway:problem:internal", "Internal error",
                        "the server failed; nothing was changed by this request (see the server log)", List.of()));
            });
            config.routes.error(404, ctx -> {
                if (!isProblem(ctx)) Json.sendProblem(ctx, ApiProblem.notFound("no resource at " + ctx.path()));
            });
            config.routes.error(405, ctx -> {
                if (!isProblem(ctx)) Json.sendProblem(ctx, new ApiProblem(405, "urn:clearway:problem:method-not-allowed",
                        "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), List.of()));
            });
        });
        javalin.start();
        return new ApiServer(javalin);
    }

    public int port() { return javalin.port(); }

    @Override
    public void close() { javalin.stop(); }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        // an error already answered: as problem JSON, or as an HTML page by the web pages (app/web)
        return type != null && (type.startsWith("application/problem+json") || type.startsWith("text/html"));
    }

    private static ApiProblem fromJavalin(HttpResponseException e) {
        if (e.getStatus() == 413) return ApiProblem.tooLarge(MAX_BODY_BYTES);
        return new ApiProblem(e.getStatus(), "urn:clearway:problem:http-" + e.getStatus(), e.getMessage(), e.getMessage(),
                List.<Problem>of());
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the application jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
