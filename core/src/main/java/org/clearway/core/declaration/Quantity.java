package org.clearway.core.declaration;

import java.math.BigDecimal;

/** A quantity in a unit of measure (WCO/UNECE Rec. 20 codes such as KGM, LTR, NAR, PR, MTK). */
public record Quantity(BigDecimal value, String unit) {
    public Quantity {
        if (value == null || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a quantity needs a value and a unit");
        }
    }
}
