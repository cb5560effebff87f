package org.clearway.core.tariff;

/**
 * Where the customs value is taken: FOB (at the port of export: the US, Canada, Australia), CIF (at the
 * border of the importing country: the EU, the UK, most WCO members), or TRANSACTION (the invoice
 * value as declared, with no freight or insurance adjustment).
 */
public enum ValuationBasis { FOB, CIF, TRANSACTION }
