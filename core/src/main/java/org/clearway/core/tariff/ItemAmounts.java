package org.clearway.core.tariff;

import org.clearway.core.declaration.Money;

/**
 * What one goods item owes: its customs value and each charge with the basis it was computed on; the
 * commodity code, the duty measure(s) applied (type, area, legal base) and the duty expression, where
 * a tariff measure was applied (empty otherwise, e.g. exports or under the de minimis). An excise, where
 * one is configured for the line, is its own tax with its measure, expression and basis; {@code excise}
 * is null when no excise measure applies to the item.
 */
public record ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis,
                          String commodityCode, String measure, String dutyExpression,
                          Money excise, String exciseBasis, String exciseMeasure, String exciseExpression) {
    public ItemAmounts {
        commodityCode = commodityCode == null ? "" : commodityCode;
        measure = measure == null ? "" : measure;
        dutyExpression = dutyExpression == null ? "" : dutyExpression;
        exciseBasis = exciseBasis == null ? "" : exciseBasis;
        exciseMeasure = exciseMeasure == null ? "" : exciseMeasure;
        exciseExpression = exciseExpression == null ? "" : exciseExpression;
    }

    /** An item without excise. */
    public ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis,
                       String commodityCode, String measure, String dutyExpression) {
        this(sequence, customsValue, duty, dutyBasis, vat, vatBasis, commodityCode, measure, dutyExpression, null, "", "", "");
    }

    public ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis) {
        this(sequence, customsValue, duty, dutyBasis, vat, vatBasis, "", "", "");
    }

    /** Duty plus excise (if any) plus VAT on this item. */
    public Money total() { return excise == null ? duty.plus(vat) : duty.plus(excise).plus(vat); }
}
