package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.clearance.DeclarationFormat;
import org.clearway.app.clearance.DeclarationFormats;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.clearance.DeclarationView;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;
import org.clearway.core.validation.Problem;
import org.clearway.store.Page;
import org.clearway.store.account.Account;
import org.clearway.store.declaration.DeclarationQuery;
import org.clearway.store.declaration.StoredDeclaration;

/** /api/v1/declarations: lodge, find, list, amend, invalidate, officer actions, events. */
final class DeclarationRoutes {
    private static final String BASE = "/api/v1/declarations";
    private final DeclarationService service;
    private final Authenticator auth;

    DeclarationRoutes(DeclarationService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.post(BASE, this::lodge);
        routes.get(BASE, this::list);
        routes.get(BASE + "/{mrn}", ctx -> Json.send(ctx, 200, DeclarationView.full(service.find(who(ctx), ctx.pathParam("mrn")))));
        routes.get(BASE + "/{mrn}/events", this::events);
        routes.post(BASE + "/{mrn}/amendments", ctx -> {
            Account who = who(ctx);
            requireJson(ctx);
            answer(ctx, service.amend(who, ctx.pathParam("mrn"), ctx.bodyAsBytes()));
        });
        routes.post(BASE + "/{mrn}/invalidation", ctx -> {
            Account who = who(ctx);
            String reason = Json.text(Json.readObject(ctx), "reason");
            answer(ctx, service.invalidate(who, ctx.pathParam("mrn"), reason));
        });
        routes.post(BASE + "/{mrn}/inspection-start", ctx -> answer(ctx, service.startInspection(who(ctx), ctx.pathParam("mrn"))));
        routes.post(BASE + "/{mrn}/release", ctx -> {
            Account who = who(ctx);
            ObjectNode body = ctx.bodyAsBytes().length == 0 ? Json.object() : Json.readObject(ctx);
            answer(ctx, service.release(who, ctx.pathParam("mrn"), body.path("note").asText(null)));
        });
        routes.post(BASE + "/{mrn}/seizure", ctx -> {
            Account who = who(ctx);
            String reason = Json.text(Json.readObject(ctx), "reason");
            answer(ctx, service.seize(who, ctx.pathParam("mrn"), reason));
        });
        routes.post(BASE + "/{mrn}/reroute", ctx -> {
            Account who = who(ctx);
            ObjectNode body = Json.readObject(ctx);
            Lane lane = parse(Json.text(body, "lane"), "lane", s -> Lane.valueOf(s.toUpperCase()), "one of GREEN, YELLOW, RED, BLUE");
            String reason = Json.text(body, "reason");
            answer(ctx, service.reroute(who, ctx.pathParam("mrn"), lane, reason));
        });
    }

    /**
     * Lodgement in any accepted format, chosen by the content type: JSON is answered with the JSON view
     * (problems as problem+json); another format is answered in its own family, refusals included.
     */
    private void lodge(Context ctx) {
        Account who = who(ctx);
        var other = DeclarationFormats.forContentType(ctx.contentType());
        if (other.isPresent()) {
            lodgeAs(ctx, who, other.get());
            return;
        }
        if (!isJson(ctx.contentType())) throw ApiProblem.unsupportedMediaType(ctx.contentType(), DeclarationFormats.acceptedMediaTypes());
        DeclarationService.Lodged lodged = service.lodge(who, ctx.bodyAsBytes());
        ctx.header("Location", BASE + "/" + lodged.declaration().mrn());
        Json.send(ctx, lodged.created() ? 201 : 200, DeclarationView.full(lodged.declaration()));
    }

    private void lodgeAs(Context ctx, Account who, DeclarationFormat format) {
        byte[] body = ctx.bodyAsBytes();
        try {
            DeclarationService.Lodged lodged = service.lodge(who, format.decode(body));
            ctx.header("Location", BASE + "/" + lodged.declaration().mrn());
            ctx.status(lodged.created() ? 201 : 200).contentType(format.mediaTypes().get(0))
                    .result(format.accepted(body, lodged.declaration(), lodged.created()));
        } catch (ApiProblem refused) {
            ctx.status(refused.status()).contentType(format.mediaTypes().get(0)).result(format.refused(body, refused));
        }
    }

    private void list(Context ctx) {
        Account who = who(ctx);
        DeclarationQuery q = DeclarationQuery.all();
        String v;
        if ((v = ctx.queryParam("status")) != null) q = q.withStatus(parse(v, "status", s -> DeclarationStatus.valueOf(s.toUpperCase()), "a status such as ASSESSED or RELEASED"));
        if ((v = ctx.queryParam("lane")) != null) q = q.withLane(parse(v, "lane", s -> Lane.valueOf(s.toUpperCase()), "one of GREEN, YELLOW, RED, BLUE"));
        if ((v = ctx.queryParam("type")) != null) q = q.withType(parse(v, "type", s -> DeclarationType.valueOf(s.toUpperCase()), "one of IMPORT, EXPORT, LOW_VALUE"));
        if ((v = ctx.queryParam("declarantId")) != null) q = q.withDeclarantId(v);
        Instant from = instant(ctx.queryParam("lodgedFrom"), "lodgedFrom", false);
        Instant to = instant(ctx.queryParam("lodgedTo"), "lodgedTo", true);
        if (from != null || to != null) q = q.withLodged(from, to);
        int limit = number(ctx.queryParam("limit"), "limit", 50, 1, DeclarationQuery.MAX_LIMIT);
        int offset = number(ctx.queryParam("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        Page<StoredDeclaration> page = service.list(who, q.withPage(limit, offset));
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        page.items().forEach(d -> items.add(DeclarationView.summary(d)));
        body.put("total", page.total()).put("limit", page.limit()).put("offset", page.offset());
        body.put("next", page.hasNext() ? nextPage(ctx, limit, offset + page.items().size()) : null);
        Json.send(ctx, 200, body);
    }

    /** The link to the following page: the same query (filters kept as sent), only limit and offset set. */
    private static String nextPage(Context ctx, int limit, int offset) {
        StringBuilder link = new StringBuilder(BASE).append('?');
        String query = ctx.queryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.split("=", 2)[0];
                if (!pair.isEmpty() && !name.equals("limit") && !name.equals("offset")) link.append(pair).append('&');
            }
        }
        return link.append("limit=").append(limit).append("&offset=").append(offset).toString();
    }

    private void events(Context ctx) {
        List<DeclarationEvent> events = service.events(who(ctx), ctx.pathParam("mrn"));
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (DeclarationEvent e : events) {
            ObjectNode o = list.addObject();
            o.put("type", e.type().name()).put("at", e.at().toString()).put("actor", e.actor())
                    .put("from", e.from() == null ? null : e.from().name()).put("to", e.to().name()).put("detail", e.detail());
        }
        ObjectNode body = Json.object();
        body.put("mrn", ctx.pathParam("mrn"));
        body.set("events", list);
        Json.send(ctx, 200, body);
    }

    private Account who(Context ctx) { return auth.authenticate(ctx.header("Authorization")); }

    private static void answer(Context ctx, StoredDeclaration d) { Json.send(ctx, 200, DeclarationView.full(d)); }

    static void requireJson(Context ctx) {
        if (!isJson(ctx.contentType())) throw ApiProblem.unsupportedMediaType(ctx.contentType(), "application/json");
    }

    private static boolean isJson(String type) {
        String base = DeclarationFormat.mediaType(type);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static <T> T parse(String value, String name, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("bad " + name, List.of(new Problem("INVALID_VALUE", name, name + " must be " + expected + ", got '" + value + "'")));
        }
    }

    private static int number(String value, String name, int fallback, int min, int max) {
        if (value == null) return fallback;
        int n = parse(value, name, Integer::parseInt, "a whole number from " + min + " to " + max);
        if (n < min || n > max) {
            throw ApiProblem.badRequest("bad " + name, List.of(new Problem("INVALID_VALUE", name, name + " must be from " + min + " to " + max + ", got " + n)));
        }
        return n;
    }

    /** A date (whole UTC day: start, or end when {@code endOfDay}) or an ISO instant; null when absent. Profiles' back-test periods read theirs with it too. */
    static Instant instant(String value, String name, boolean endOfDay) {
        if (value == null) return null;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("bad " + name, List.of(new Problem("INVALID_VALUE", name, name + " must be a date (2026-11-28) or an instant (2026-11-28T10:00:00Z)")));
        }
    }
}
