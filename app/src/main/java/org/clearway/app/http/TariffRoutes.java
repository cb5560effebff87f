package org.clearway.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.clearway.app.Clearway;
import org.clearway.app.tariff.TariffViews;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.tariff.DutyCalculation;
import org.clearway.core.tariff.DutyRequest;
import org.clearway.core.tariff.Tariff;
import org.clearway.core.tariff.TariffDutyCalculator;
import org.clearway.core.tariff.TariffLookup;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.AnswerJson;

/**
 * The tariff as users see it: GET /api/v1/tariff/{code}?origin=XX&date=YYYY-MM-DD (the line and its
 * measures, which apply to the origin) and POST /api/v1/duty-calculation (the full breakdown for given
 * lines). Both are open to anyone, like a published tariff; neither stores anything.
 */
final class TariffRoutes {
    /** The most lines one calculation takes, as a declaration. */
    static final int MAX_LINES = 999;

    private final Clearway app;
    private final Tariff tariff;
    private final TariffDutyCalculator calculator;

    TariffRoutes(Clearway app) {
        this.app = app;
        this.tariff = app.administration().tariff().tariff();
        this.calculator = new TariffDutyCalculator(tariff, app.reference());
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/tariff/{code}", this::show);
        routes.post("/api/v1/duty-calculation", this::calculate);
    }

    private void show(Context ctx) {
        String code = ctx.pathParam("code").replace(".", "");
        if (!code.matches("[0-9]{4,10}")) {
            throw ApiProblem.badRequest("bad commodity code", List.of(new Problem("INVALID_VALUE", "code", "a commodity code is 4 to 10 digits (dots allowed)")));
        }
        String origin = ctx.queryParam("origin");
        if (origin != null) origin = country(origin, "origin");
        LocalDate date = date(ctx.queryParam("date"), "date");
        switch (tariff.lookup(code)) {
            case TariffLookup.Unknown u -> throw new ApiProblem(404, "urn:clearway:problem:tariff-code-unknown", "Unknown commodity code",
                    "the tariff " + tariff.settings().id() + " has no line " + code,
                    List.of(new Problem("TARIFF_CODE_UNKNOWN", "code", "the tariff " + tariff.settings().id() + " has no line " + code)));
            case TariffLookup.NotDeclarable n -> Json.send(ctx, 200, TariffViews.notDeclarable(tariff, n));
            case TariffLookup.Found f -> Json.send(ctx, 200, TariffViews.lookup(tariff, f, origin, date));
        }
    }

    private void calculate(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        List<Problem> problems = new ArrayList<>();
        DeclarationType type = DeclarationType.IMPORT;
        if (body.hasNonNull("type")) {
            try {
                type = DeclarationType.valueOf(body.get("type").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("INVALID_VALUE", "type", "type is one of IMPORT, EXPORT, LOW_VALUE"));
            }
        }
        String currencyText = Json.text(body, "currency");
        CurrencyCode currency = null;
        if (!currencyText.matches("[A-Z]{3}")) problems.add(new Problem("INVALID_VALUE", "currency", "a currency is an ISO 4217 code such as USD"));
        else currency = new CurrencyCode(currencyText);
        Incoterm incoterm = null;
        if (body.hasNonNull("incoterm")) {
            try {
                incoterm = Incoterm.valueOf(body.get("incoterm").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("INVALID_VALUE", "incoterm", "an Incoterm 2020 such as FOB or CIF"));
            }
        }
        LocalDate date = date(body.hasNonNull("date") ? body.get("date").asText() : null, "date");
        Money freight = amount(body.get("freight"), "freight", currency, problems);
        Money insurance = amount(body.get("insurance"), "insurance", currency, problems);
        JsonNode items = body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiProblem.badRequest("no items", List.of(new Problem("REQUIRED_ELEMENT_MISSING", "items", "items is a non-empty array")));
        }
        if (items.size() > MAX_LINES) {
            throw ApiProblem.badRequest("too many items", List.of(new Problem("TOO_MANY_ITEMS", "items", "at most " + MAX_LINES + " items")));
        }
        List<DutyRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "items[" + i + "]";
            if (!item.isObject()) { problems.add(new Problem("TYPE_MISMATCH", path, "an item is an object")); continue; }
            String code = item.path("code").asText("").replace(".", "");
            if (!code.matches("[0-9]{4,10}")) problems.add(new Problem("INVALID_VALUE", path + ".code", "a commodity code is 4 to 10 digits"));
            String origin = item.path("origin").asText("");
            if (!origin.matches("[A-Z]{2}") || !app.reference().isCountry(new CountryCode(origin))) {
                problems.add(new Problem("INVALID_VALUE", path + ".origin", "the origin is an ISO 3166 alpha-2 country code"));
            }
            BigDecimal value = decimal(item.get("value"), path + ".value", problems);
            Quantity quantity = null;
            JsonNode q = item.get("quantity");
            if (q != null && !q.isNull()) {
                BigDecimal qv = decimal(q.get("value"), path + ".quantity.value", problems);
                String unit = q.path("unit").asText("");
                if (!unit.matches("[A-Z0-9]{2,3}")) problems.add(new Problem("INVALID_VALUE", path + ".quantity.unit", "a UN/ECE Rec. 20 unit code such as KGM, NAR, LTR"));
                else if (qv != null) quantity = new Quantity(qv, unit);
            }
            BigDecimal netMass = item.hasNonNull("netMass") ? decimal(item.get("netMass"), path + ".netMass", problems) : null;
            lines.add(new DutyRequest.Line(i + 1, code, origin, value, quantity, netMass));
        }
        if (!problems.isEmpty()) throw ApiProblem.badRequest(problems.size() + " problem(s) in the request", problems);
        DutyRequest request = new DutyRequest(type, currency, incoterm, freight, insurance, lines);
        switch (calculator.calculate(request, date)) {
            case DutyCalculation.NotCalculable(var why) -> throw new ApiProblem(422, "urn:clearway:problem:duty-not-calculable",
                    "No amount can be computed", why.size() + " problem(s): no amount is given rather than a wrong one", why);
            case DutyCalculation.Calculated(var due) -> {
                ObjectNode answer = Json.object();
                answer.put("tariff", tariff.settings().id());
                answer.put("date", date.toString());
                answer.put("valuationBasis", tariff.settings().valuationBasis().name());
                answer.setAll(AnswerJson.amounts(due));
                Json.send(ctx, 200, answer);
            }
        }
    }

    private String country(String text, String path) {
        if (!text.matches("[A-Z]{2}") || !app.reference().isCountry(new CountryCode(text))) {
            throw ApiProblem.badRequest("bad " + path, List.of(new Problem("INVALID_VALUE", path, path + " is an ISO 3166 alpha-2 country code")));
        }
        return text;
    }

    private LocalDate date(String text, String path) {
        if (text == null || text.isBlank()) return LocalDate.now(app.clock());
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("bad " + path, List.of(new Problem("INVALID_VALUE", path, path + " is a date YYYY-MM-DD")));
        }
    }

    private static BigDecimal decimal(JsonNode node, String path, List<Problem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new Problem("REQUIRED_ELEMENT_MISSING", path, path + " is required"));
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(node.asText());
            if (d.signum() < 0 || d.precision() - d.scale() > 15 || d.scale() > 6) {
                problems.add(new Problem("INVALID_VALUE", path, path + " is a non-negative decimal with at most 15 digits before and 6 after the point"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(new Problem("INVALID_VALUE", path, path + " is a decimal such as \"125.50\""));
            return null;
        }
    }

    /** Freight or insurance: a decimal string in the invoice currency, or {@code {"amount": "...", "currency": "XXX"}}. */
    private static Money amount(JsonNode node, String path, CurrencyCode currency, List<Problem> problems) {
        if (node == null || node.isNull()) return null;
        if (node.isObject()) {
            BigDecimal d = decimal(node.get("amount"), path + ".amount", problems);
            String c = node.path("currency").asText("");
            if (!c.matches("[A-Z]{3}")) {
                problems.add(new Problem("INVALID_VALUE", path + ".currency", "a currency is an ISO 4217 code such as USD"));
                return null;
            }
            return d == null ? null : new Money(d, new CurrencyCode(c));
        }
        if (currency == null) return null;
        BigDecimal d = decimal(node, path, problems);
        return d == null ? null : new Money(d, currency);
    }
}
