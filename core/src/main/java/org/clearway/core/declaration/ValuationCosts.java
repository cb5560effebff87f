package org.clearway.core.declaration;

/**
 * The costs of transport and insurance of the goods up to the place of introduction (WTO Valuation
 * Agreement, Article 8.2; WCO DM "freight charge" and "insurance amount" under customs valuation),
 * each in its own currency. An administration that values on a CIF basis adds them to an invoice
 * price that does not already include them (e.g. FOB); one on a FOB basis takes them off a price
 * that does (e.g. CIF). Either may be absent (null) when the declarant left it out: the calculator,
 * not this record, decides when both are needed.
 */
public record ValuationCosts(Money freight, Money insurance) {
    public ValuationCosts {
        if (freight != null && freight.isNegative()) throw new IllegalArgumentException("freight cannot be negative");
        if (insurance != null && insurance.isNegative()) throw new IllegalArgumentException("insurance cannot be negative");
    }
}
