package org.clearway.core.validation;

import java.math.BigDecimal;
import org.clearway.core.reference.CurrencyCode;

/**
 * What an administration decides about validation: how far the sum of item values may stray from
 * the invoice total (a share, e.g. 0.01 for 1 %), its national currency, and the highest total
 * value (in that currency) a low-value consignment may declare.
 */
public record ValidationPolicy(BigDecimal invoiceTolerance, CurrencyCode nationalCurrency, BigDecimal lowValueCeiling) {
    public static ValidationPolicy defaults() {
        return new ValidationPolicy(new BigDecimal("0.01"), new CurrencyCode("EUR"), new BigDecimal("150"));
    }
}
