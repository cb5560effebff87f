package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.util.Set;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.CurrencyCode;

/**
 * An administration's fiscal settings, loaded with its tariff: the national currency, the valuation
 * basis, the VAT (or GST) rate and base, and the de minimis thresholds (in the national currency, on
 * the consignment's total customs value) for duty and for tax with the declaration types they apply
 * to. A tax de minimis of zero means tax is always due; a VAT rate of zero means no VAT.
 */
public record TariffSettings(String id, String name, CountryCode country, CurrencyCode currency,
                             ValuationBasis valuationBasis, BigDecimal vatRate, boolean vatOnDuty,
                             BigDecimal dutyDeMinimis, BigDecimal taxDeMinimis, Set<DeclarationType> deMinimisTypes,
                             BigDecimal lowValueCeiling) {
    public TariffSettings {
        deMinimisTypes = Set.copyOf(deMinimisTypes);
    }
}
