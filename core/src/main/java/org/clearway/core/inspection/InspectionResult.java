package org.clearway.core.inspection;

import java.math.BigDecimal;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;

/**
 * What an officer found on checking a declaration: nothing wrong; a discrepancy with the duty and
 * taxes it adds (or, if negative, refunds); or goods seized, with their category and quantity.
 * A discrepancy or a seizure is a hit for the profiles that selected the declaration.
 */
public sealed interface InspectionResult {
    String note();

    record NoDiscrepancy(String note) implements InspectionResult {}

    record Discrepancy(Money revenueAdjustment, String note) implements InspectionResult {
        public Discrepancy {
            if (revenueAdjustment == null) throw new IllegalArgumentException("a discrepancy states its revenue adjustment (0 if none)");
        }
    }

    record Seizure(String goodsCategory, Quantity quantity, String note) implements InspectionResult {
        public Seizure {
            if (goodsCategory == null || goodsCategory.isBlank()) throw new IllegalArgumentException("a seizure states the category of goods");
            if (quantity == null || quantity.value().signum() <= 0) throw new IllegalArgumentException("a seizure states a quantity above zero");
        }
    }

    default boolean isHit() {
        return switch (this) {
            case NoDiscrepancy n -> false;
            case Discrepancy d -> true;
            case Seizure s -> true;
        };
    }

    default BigDecimal revenue() {
        return this instanceof Discrepancy(var money, var note) ? money.amount() : BigDecimal.ZERO;
    }
}
