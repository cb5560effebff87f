package org.clearway.core.tariff;

import org.clearway.core.declaration.Money;

/**
 * What one goods item owes: its customs value and each charge with the basis it was computed on; the
 * commodity code, the duty measure(s) applied (type, area, legal base) and the duty expression, where
 * a tariff measure was applied (empty otherwise, e.g. exports or under the de minimis).
 */
public record ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis,
                          String commodityCode, String measure, String dutyExpression) {
    public ItemAmounts {
        commodityCode = commodityCode == null ? "" : commodityCode;
        measure = measure == null ? "" : measure;
        dutyExpression = dutyExpression == null ? "" : dutyExpression;
    }

    public ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis) {
        this(sequence, customsValue, duty, dutyBasis, vat, vatBasis, "", "", "");
    }

    /** Duty plus VAT on this item. */
    public Money total() { return duty.plus(vat); }
}
