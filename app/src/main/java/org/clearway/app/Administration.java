package org.clearway.app;

import java.math.BigDecimal;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;

/**
 * The settings of the customs administration this server runs for. The defaults are UK-like: MRNs
 * with country GB, amounts in GBP, 20 % VAT, no duty and a ceiling of 135 GBP for low-value
 * consignments; a provisional flat duty rate until the national tariff is loaded; random selection
 * of 2 % red and 5 % yellow for compliance measurement.
 */
public record Administration(CountryCode country, CurrencyCode currency, BigDecimal dutyRate, BigDecimal vatRate,
                             BigDecimal lowValueCeiling, BigDecimal invoiceTolerance,
                             double randomRedRate, double randomYellowRate, long randomSeed) {

    public static Administration defaults() {
        return new Administration(new CountryCode("GB"), new CurrencyCode("GBP"), new BigDecimal("0.04"),
                new BigDecimal("0.20"), new BigDecimal("135"), new BigDecimal("0.01"), 0.02, 0.05, 20261128L);
    }

    public Administration withRandomRates(double red, double yellow, long seed) {
        return new Administration(country, currency, dutyRate, vatRate, lowValueCeiling, invoiceTolerance, red, yellow, seed);
    }
}
