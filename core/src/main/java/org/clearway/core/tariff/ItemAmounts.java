package org.clearway.core.tariff;

import org.clearway.core.declaration.Money;

/** What one goods item owes: its customs value and each charge with the basis it was computed on. */
public record ItemAmounts(int sequence, Money customsValue, Money duty, String dutyBasis, Money vat, String vatBasis) {
}
