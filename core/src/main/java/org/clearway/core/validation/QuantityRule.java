package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.CodeChars;

/**
 * A supplementary quantity, when given, is above zero and in a UNECE Recommendation 20 unit: a
 * code of 2 or 3 capital letters or digits (KGM, LTR, NAR, C62, PR).
 */
public final class QuantityRule {
    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < declaration.items().size(); i++) {
            Quantity quantity = declaration.items().get(i).quantity();
            if (quantity == null) continue;
            if (quantity.value().signum() <= 0) {
                problems.add(new Problem(ProblemCodes.QUANTITY_NOT_POSITIVE, Paths.item(i, "quantity.value"),
                        "a quantity must be more than 0, found " + quantity.value().toPlainString()));
            }
            if (!((quantity.unit().length() == 2 || quantity.unit().length() == 3) && CodeChars.capitalsOrDigits(quantity.unit(), 0, quantity.unit().length()))) {
                problems.add(new Problem(ProblemCodes.QUANTITY_UNIT_INVALID, Paths.item(i, "quantity.unit"),
                        "'" + quantity.unit() + "' is not a UNECE Rec. 20 unit code such as KGM, LTR or NAR"));
            }
        }
        return problems;
    }
}
