package org.clearway.core.declaration;

import java.math.BigDecimal;
import org.clearway.core.reference.CountryCode;

/**
 * One line of goods on a declaration (WCO DM GovernmentAgencyGoodsItem). Masses are in kilograms;
 * the item value is in the invoice currency.
 */
public record GoodsItem(int sequence, HsCode hsCode, String description, CountryCode origin,
                        Quantity quantity, BigDecimal netMass, BigDecimal grossMass, BigDecimal value,
                        String procedureCode, String preferenceCode) {
}
