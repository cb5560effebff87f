package org.clearway.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;

/**
 * Goods are declared at a value above zero, and so is the invoice. Free samples and gifts still
 * carry a value for customs purposes, so zero is refused too.
 */
public final class ValueRule {

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        if (declaration.invoice() != null && declaration.invoice().total() != null) {
            positive(declaration.invoice().total().amount(), "invoice.amount", "the invoice amount", problems);
        }
        for (int i = 0; i < declaration.items().size(); i++) {
            positive(declaration.items().get(i).value(), Paths.item(i, "value"), "an item value", problems);
        }
        return problems;
    }

    private static void positive(BigDecimal value, String path, String what, List<Problem> problems) {
        if (value != null && value.signum() <= 0) {
            problems.add(new Problem(ProblemCodes.VALUE_NOT_POSITIVE, path,
                    what + " must be more than 0, found " + value.toPlainString()));
        }
    }
}
