package org.clearway.core.clearance;

import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.validation.Problem;

/** The answer to a lodged declaration before it gets an MRN: rejected with all its problems, or acceptable. */
public sealed interface Checked {
    record Rejected(List<Problem> problems) implements Checked {
        public Rejected { problems = List.copyOf(problems); }
    }

    record Acceptable(Declaration declaration, AmountsDue amountsDue) implements Checked {}
}
