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
 * {@code vatOnExcise}: the VAT base includes the excise (as the EU VAT Directive, Art. 86, has it).
 * {@code flatDuty}: the flat amount per heading that replaces the duty de minimis for low-value
 * consignments, or null where the administration has none.
 */
public record TariffSettings(String id, String name, CountryCode country, CurrencyCode currency,
                             ValuationBasis valuationBasis, BigDecimal vatRate, boolean vatOnDuty,
                             BigDecimal dutyDeMinimis, BigDecimal taxDeMinimis, Set<DeclarationType> deMinimisTypes,
                             BigDecimal lowValueCeiling, boolean vatOnExcise, ParcelFlatDuty flatDuty) {
    public TariffSettings {
        deMinimisTypes = Set.copyOf(deMinimisTypes);
    }

    /** Settings with the VAT base without excise and no flat duty rule. */
    public TariffSettings(String id, String name, CountryCode country, CurrencyCode currency,
                          ValuationBasis valuationBasis, BigDecimal vatRate, boolean vatOnDuty,
                          BigDecimal dutyDeMinimis, BigDecimal taxDeMinimis, Set<DeclarationType> deMinimisTypes,
                          BigDecimal lowValueCeiling) {
        this(id, name, country, currency, valuationBasis, vatRate, vatOnDuty, dutyDeMinimis, taxDeMinimis, deMinimisTypes,
                lowValueCeiling, false, null);
    }
}
