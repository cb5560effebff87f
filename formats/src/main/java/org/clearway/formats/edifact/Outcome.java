package org.clearway.formats.edifact;

import java.math.BigDecimal;
import java.util.List;
import org.clearway.core.validation.Problem;

/** What a CUSRES answers: an accepted declaration, or a refused one with its problems. */
public sealed interface Outcome {

    /** An amount of a duty or tax due (type CUD customs duty, VAT), or the total (type "TOTAL"). */
    record Tax(String type, BigDecimal amount, String currency) {
    }

    /**
     * Accepted: the MRN given, the LRN, the status (ACCEPTED, ASSESSED, RELEASED, ...), the lane, the
     * amounts due; {@code created} false when this answers a replay of an earlier lodgement.
     */
    record Accepted(String mrn, String lrn, String status, String lane, List<Tax> taxes, boolean created) implements Outcome {
        public Accepted {
            taxes = taxes == null ? List.of() : List.copyOf(taxes);
        }
    }

    /** Refused: why (title and detail) and every problem, with paths in the model or in the message. */
    record Refused(String title, String detail, List<Problem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
