package org.clearway.app.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.inspection.InspectionResult;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.validation.Problem;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.inspection.InspectionRepositoryJdbc;
import org.clearway.store.inspection.RecordOutcome;
import org.clearway.store.inspection.RecordedInspection;

/**
 * An officer records what the check of a declaration found. The revenue adjustment of a discrepancy
 * is in the administration's currency. Recording a result does not release or seize: those stay the
 * officer's separate acts.
 */
public final class InspectionService {
    private final InspectionRepositoryJdbc inspections;
    private final CurrencyCode currency;
    private final Clock clock;

    public InspectionService(InspectionRepositoryJdbc inspections, CurrencyCode currency, Clock clock) {
        this.inspections = inspections;
        this.currency = currency;
        this.clock = clock;
    }

    public ObjectNode record(Account who, String mrn, ObjectNode body) {
        if (who.role() != Role.OFFICER) {
            throw ApiProblem.forbidden("only an officer may record inspection results; you are signed in as " + who.role().name().toLowerCase());
        }
        InspectionResult result = read(body);
        return switch (inspections.record(mrn, result, who.username(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            case RecordOutcome.Recorded(var r) -> view(r);
            case RecordOutcome.Refused(var message) -> throw ApiProblem.conflict("Not allowed for this declaration", message);
            case RecordOutcome.NotFound(var m) -> throw ApiProblem.notFound("no declaration " + m);
        };
    }

    public ObjectNode find(Account who, String mrn) {
        if (who.role() == Role.DECLARANT) throw ApiProblem.forbidden("inspection results are seen by customs staff only");
        return inspections.find(mrn).map(InspectionService::view)
                .orElseThrow(() -> ApiProblem.notFound("no inspection result recorded for " + mrn));
    }

    private InspectionResult read(ObjectNode body) {
        String outcome = Json.text(body, "outcome").trim().toUpperCase();
        String note = body.hasNonNull("note") ? body.get("note").asText() : null;
        return switch (outcome) {
            case "NO_DISCREPANCY" -> new InspectionResult.NoDiscrepancy(note);
            case "DISCREPANCY" -> new InspectionResult.Discrepancy(new Money(amount(body, "revenueAdjustment", false, 2), currency), note);
            case "SEIZURE" -> {
                String category = Json.text(body, "goodsCategory");
                BigDecimal quantity = amount(body, "quantity", true, 3);
                String unit = Json.text(body, "unit");
                yield new InspectionResult.Seizure(category, new Quantity(quantity, unit), note);
            }
            default -> throw bad("outcome", "outcome is NO_DISCREPANCY, DISCREPANCY or SEIZURE");
        };
    }

    /** A decimal given as text or number; a quantity must be above zero. */
    private static BigDecimal amount(ObjectNode body, String field, boolean positive, int maxScale) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) throw bad(field, field + " is required");
        BigDecimal n;
        try {
            n = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            throw bad(field, field + " must be a decimal number such as 412.50");
        }
        if (n.scale() > maxScale || n.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            throw bad(field, field + " must have at most " + maxScale + " decimals and 15 digits before the point");
        }
        if (positive && n.signum() <= 0) throw bad(field, field + " must be above zero");
        return n;
    }

    private static ApiProblem bad(String field, String message) {
        return ApiProblem.badRequest("bad " + field, List.of(new Problem("INVALID_VALUE", field, message)));
    }

    private static ObjectNode view(RecordedInspection r) {
        ObjectNode o = Json.object();
        o.put("mrn", r.mrn());
        switch (r.result()) {
            case InspectionResult.NoDiscrepancy n -> o.put("outcome", "NO_DISCREPANCY");
            case InspectionResult.Discrepancy d -> {
                o.put("outcome", "DISCREPANCY");
                o.putObject("revenueAdjustment").put("amount", d.revenueAdjustment().amount().toPlainString())
                        .put("currency", d.revenueAdjustment().currency().value());
            }
            case InspectionResult.Seizure s -> {
                o.put("outcome", "SEIZURE").put("goodsCategory", s.goodsCategory());
                o.putObject("quantity").put("value", s.quantity().value().toPlainString()).put("unit", s.quantity().unit());
            }
        }
        o.put("note", r.result().note()).put("officer", r.officer()).put("recordedAt", r.recordedAt().toString());
        return o;
    }
}
