package org.clearway.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;

/**
 * Masses are in kilograms and must be above zero; the net mass (goods alone) cannot exceed the
 * gross mass (goods with their packing). Checked only where the masses are given.
 */
public final class MassRule {

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < declaration.items().size(); i++) {
            GoodsItem item = declaration.items().get(i);
            boolean netOk = positive(item.netMass(), Paths.item(i, "netMass"), problems);
            boolean grossOk = positive(item.grossMass(), Paths.item(i, "grossMass"), problems);
            if (netOk && grossOk && item.netMass().compareTo(item.grossMass()) > 0) {
                problems.add(new Problem(ProblemCodes.NET_MASS_EXCEEDS_GROSS, Paths.item(i, "netMass"),
                        "net mass " + item.netMass().toPlainString() + " kg is more than the gross mass "
                                + item.grossMass().toPlainString() + " kg"));
            }
        }
        return problems;
    }

    /** True when the mass is given and above zero; reports it when it is given and not. */
    private static boolean positive(BigDecimal mass, String path, List<Problem> problems) {
        if (mass == null) return false;
        if (mass.signum() > 0) return true;
        problems.add(new Problem(ProblemCodes.MASS_NOT_POSITIVE, path,
                "a mass must be more than 0 kg, found " + mass.toPlainString()));
        return false;
    }
}
