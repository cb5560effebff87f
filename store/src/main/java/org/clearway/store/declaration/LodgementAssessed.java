package org.clearway.store.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;

/**
 * The lodgement's ASSESSED detail where the row keeps it as {@link #DERIVED} (migration V12): the
 * detail {@link LodgementSteps#assessedDetail} writes for the assessment the declaration was lodged
 * with, read back from that assessment's JSON ({@code laneDecision} and {@code amountsDue.total}).
 * The assessment column holds it until an amendment is assessed again; the update that replaces it
 * writes this detail out first ({@link DeclarationRepositoryJdbc#act}).
 */
public final class LodgementAssessed {
    /** What the row keeps when the detail is the assessment column's. */
    public static final String DERIVED = "";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LodgementAssessed() {
    }

    /**
     * The ASSESSED detail of this stored assessment.
     *
     * @throws IllegalStateException if the text is not an assessment as Clearway stores it (a corrupted record)
     */
    public static String fromAssessment(String assessmentJson) {
        JsonNode assessment;
        try {
            assessment = JSON.readTree(assessmentJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode decision = assessment.path("laneDecision");
        JsonNode total = assessment.path("amountsDue").path("total");
        if (!decision.path("reasons").isArray() || !total.path("amount").isTextual() || !total.path("currency").isTextual()) {
            throw new IllegalStateException("stored assessment has no laneDecision.reasons or amountsDue.total");
        }
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode r : decision.get("reasons")) {
            reasons.add(new Reason(r.path("code").asText(), lane(r.path("lane")), r.path("text").asText()));
        }
        Money due = new Money(new BigDecimal(total.get("amount").textValue()), new CurrencyCode(total.get("currency").textValue()));
        return LodgementSteps.assessedDetail(new LaneDecision(lane(decision.path("lane")), reasons), due);
    }

    private static Lane lane(JsonNode name) {
        return name.isTextual() ? Lane.valueOf(name.textValue()) : null;
    }
}
