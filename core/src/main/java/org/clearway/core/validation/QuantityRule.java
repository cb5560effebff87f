package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Quantity;

/**
 * A supplementary quantity, when given, is above zero and in a UNECE Recommendation 20 unit: a
 * code of 2 or 3 capital letters or digits (KGM, LTR, NAR, C62, PR).
 */
public final class QuantityRule {
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{2,3}");

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < declaration.items().size(); i++) {
            Quantity quantity = declaration.items().get(i).quantity();
            if (quantity == null) continue;
            if (quantity.value().signum() <= 0) {
                problems.add(new Problem(ProblemCodes.QUANTITY_NOT_POSITIVE, Paths.item(i, "quantity.value"),
                        "a quantity must be more than 0, found " + quantity.value().toPlainString()));
            }
            if (!UNIT.matcher(quantity.unit()).matches()) {
                problems.add(new Problem(ProblemCodes.QUANTITY_UNIT_INVALID, Paths.item(i, "quantity.unit"),
                        "'" + quantity.unit() + "' is not a UNECE Rec. 20 unit code such as KGM, LTR or NAR"));
            }
        }
        return problems;
    }
}
