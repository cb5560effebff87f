package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.util.List;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.model.TrainingReport;
import org.clearway.app.auth.Authenticator;
import org.clearway.core.validation.Problem;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.model.ModelRepositoryJdbc;
import org.clearway.store.model.ModelVersion;
import org.clearway.store.model.NewModelVersion;

/**
 * Versions of the targeting model (/api/v1/models), for analysts and admins: list them with their
 * training window, features and metrics; upload one written by `clearway model train`; activate a
 * version; roll back to the one active before.
 */
final class ModelRoutes {
    private final ModelRepositoryJdbc models;
    private final Authenticator auth;
    private final Runnable onActiveChange;

    /** {@code onActiveChange} runs after a version is activated or rolled back, so that lane allocation uses it at once. */
    ModelRoutes(ModelRepositoryJdbc models, Authenticator auth, Runnable onActiveChange) {
        this.models = models;
        this.auth = auth;
        this.onActiveChange = onActiveChange;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/models", ctx -> {
            analystOrAdmin(ctx.header("Authorization"));
            var items = Json.MAPPER.createArrayNode();
            models.list().forEach(v -> items.add(view(v)));
            ObjectNode answer = Json.object();
            answer.set("items", items);
            Json.send(ctx, 200, answer);
        });
        routes.post("/api/v1/models", ctx -> {
            Account who = analystOrAdmin(ctx.header("Authorization"));
            String type = ctx.contentType();
            if (type == null || !type.startsWith("application/octet-stream")) throw ApiProblem.unsupportedMediaType(type, "application/octet-stream");
            byte[] body = ctx.bodyAsBytes();
            TargetingModel model;
            try {
                model = TargetingModel.fromBytes(body);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("not a model", List.of(new Problem("INVALID_VALUE", "body", "the body must be a model file written by `clearway model train`: " + e.getMessage())));
            }
            TrainingReport r = model.report();
            String source = ctx.queryParam("source") == null ? "upload" : ctx.queryParam("source");
            ModelVersion v = models.store(who.username(), new NewModelVersion(source, r.windowStart(), r.windowEnd(), r.rows(), r.frauds(),
                    model.features(), Json.MAPPER.writeValueAsString(r.metrics()), body));
            Json.send(ctx, 201, view(v));
        });
        routes.post("/api/v1/models/rollback", ctx -> {
            Account who = analystOrAdmin(ctx.header("Authorization"));
            ModelVersion active = refusedAsConflict(() -> models.rollback(who.username()));
            onActiveChange.run();
            Json.send(ctx, 200, view(active));
        });
        routes.post("/api/v1/models/{version}/activate", ctx -> {
            Account who = analystOrAdmin(ctx.header("Authorization"));
            long version;
            try {
                version = Long.parseLong(ctx.pathParam("version"));
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("bad version", List.of(new Problem("INVALID_VALUE", "version", "version must be a number, got '" + ctx.pathParam("version") + "'")));
            }
            if (models.find(version).isEmpty()) throw ApiProblem.notFound("there is no model version " + version);
            ModelVersion active = refusedAsConflict(() -> models.activate(who.username(), version));
            onActiveChange.run();
            Json.send(ctx, 200, view(active));
        });
    }

    private static ModelVersion refusedAsConflict(java.util.function.Supplier<ModelVersion> action) {
        try {
            return action.get();
        } catch (ModelRepositoryJdbc.Refused e) {
            throw ApiProblem.conflict("Model change refused", e.getMessage());
        }
    }

    private Account analystOrAdmin(String authorization) {
        Account who = auth.authenticate(authorization);
        if (who.role() != Role.ANALYST && who.role() != Role.ADMIN) throw ApiProblem.forbidden("only an analyst or an admin may manage targeting models");
        return who;
    }

    private static ObjectNode view(ModelVersion v) {
        ObjectNode o = Json.object();
        o.put("version", v.version());
        o.put("active", v.active());
        o.put("createdAt", v.createdAt().toString());
        o.put("createdBy", v.createdBy());
        o.put("source", v.source());
        o.put("windowStart", String.valueOf(v.windowStart()));
        o.put("windowEnd", String.valueOf(v.windowEnd()));
        o.put("rows", v.rows());
        o.put("frauds", v.frauds());
        o.set("features", Json.MAPPER.valueToTree(v.features()));
        try {
            o.set("metrics", Json.MAPPER.readTree(v.metricsJson()));
        } catch (Exception e) {
            o.put("metrics", v.metricsJson());
        }
        return o;
    }
}
