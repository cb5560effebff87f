package org.clearway.core.tariff;

import java.util.List;
import org.clearway.core.validation.Problem;

/** The outcome of a duty calculation: the amounts, or the problems that make an amount impossible. */
public sealed interface DutyCalculation {
    record Calculated(AmountsDue amounts) implements DutyCalculation {}

    record NotCalculable(List<Problem> problems) implements DutyCalculation {
        public NotCalculable { problems = List.copyOf(problems); }
    }
}
