package org.clearway.store.declaration;

import java.time.Instant;
import java.util.function.Function;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.risk.Lane;
import org.clearway.store.Sha256;

/** Test helpers that lodge declarations the way the application will: MRN from the sequence, lane decided by the caller. */
final class Lodging {
    private Lodging() {}

    static NewDeclaration declaration(String owner, String declarantId, String lrn, DeclarationType type, Instant at) {
        String json = "{\"lrn\":\"" + lrn + "\",\"declarant\":\"" + declarantId + "\",\"type\":\"" + type + "\"}";
        return new NewDeclaration(owner, declarantId, lrn, type, Sha256.hex(json), json, owner, at);
    }

    /** An assessment as Clearway stores one, reduced to one reason and the total due ("12.50 EUR"). */
    static String assessment(Lane lane, String reason, String totalDue) {
        String[] total = totalDue.split(" ");
        return "{\"amountsDue\":{\"items\":[],\"total\":{\"amount\":\"" + total[0] + "\",\"currency\":\"" + total[1] + "\"}},"
                + "\"laneDecision\":{\"lane\":\"" + lane + "\",\"reasons\":[{\"code\":\"TEST\",\"lane\":\"" + lane + "\",\"text\":\"" + reason + "\"}]}}";
    }

    /**
     * Accepted and assessed into the lane; green and blue are released at once. The assessment has the
     * parts its ASSESSED detail is derived from (lane decision, total due), so the row keeps that detail
     * as '' (V12).
     */
    static Function<Long, Lodgement> inLane(Lane lane, Instant at, String actor) {
        return sequence -> {
            String mrn = Mrn.of(2026, "GB", sequence).value();
            boolean releasedAtOnce = Lifecycle.statusAfterAssessment(lane) == DeclarationStatus.RELEASED;
            var steps = new LodgementSteps(at, actor, "lane " + lane + ": test; amounts due 12.50 EUR", releasedAtOnce ? lane : null);
            return new Lodgement(mrn, lane, assessment(lane, "test", "12.50 EUR"), steps, true);
        };
    }
}
