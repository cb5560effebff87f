package org.clearway.app;

import java.math.BigDecimal;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.tariff.LoadedTariff;
import org.clearway.core.tariff.Tariffs;

/**
 * The settings of the customs administration this server runs for. The fiscal ones (country,
 * currency, tariff, valuation basis, VAT, de minimis, low-value ceiling) come from the tariff as data
 * (see docs/tariff.md); the default tariff is {@code gb-provisional}: UK-like, MRNs with country GB,
 * amounts in GBP, 20 % VAT, no duty and a ceiling of 135 GBP for low-value consignments, one flat 4 %
 * duty. The rest: the invoice tolerance and random selection of 2 % red and 5 % yellow, a quarter
 * of that for AEO holders.
 */
public record Administration(LoadedTariff tariff, BigDecimal invoiceTolerance,
                             double randomRedRate, double randomYellowRate, long randomSeed, double aeoRandomShare) {

    /** The share of the random selection rates that applies to AEO holders: a quarter. */
    public static final double DEFAULT_AEO_RANDOM_SHARE = 0.25;

    public static Administration defaults() {
        return forTariff(Tariffs.bundled(Tariffs.DEFAULT));
    }

    public static Administration forTariff(LoadedTariff tariff) {
        return new Administration(tariff, new BigDecimal("0.01"), 0.02, 0.05, 20261128L, DEFAULT_AEO_RANDOM_SHARE);
    }

    public CountryCode country() { return tariff.tariff().settings().country(); }

    public CurrencyCode currency() { return tariff.tariff().settings().currency(); }

    public BigDecimal vatRate() { return tariff.tariff().settings().vatRate(); }

    public BigDecimal lowValueCeiling() { return tariff.tariff().settings().lowValueCeiling(); }

    public Administration withRandomRates(double red, double yellow, long seed) {
        return new Administration(tariff, invoiceTolerance, red, yellow, seed, aeoRandomShare);
    }

    /** AEO holders are selected at random at this share of the normal rates (1.0: like everyone else). */
    public Administration withAeoRandomShare(double share) {
        return new Administration(tariff, invoiceTolerance, randomRedRate, randomYellowRate, randomSeed, share);
    }
}
