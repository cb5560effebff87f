package org.clearway.core.validation;

/**
 * The stable codes of {@link Problem}. Declarants' software matches on them, so a code once
 * published is never renamed; docs/validation-codes.md explains each one.
 */
public final class ProblemCodes {
    private ProblemCodes() {}

    public static final String REQUIRED_ELEMENT_MISSING = "REQUIRED_ELEMENT_MISSING";
    public static final String ITEMS_MISSING = "ITEMS_MISSING";
    public static final String HS_CODE_UNKNOWN = "HS_CODE_UNKNOWN";
    public static final String HS_CODE_NOT_DECLARABLE = "HS_CODE_NOT_DECLARABLE";
    public static final String COUNTRY_UNKNOWN = "COUNTRY_UNKNOWN";
    public static final String CURRENCY_UNKNOWN = "CURRENCY_UNKNOWN";
    public static final String LOCATION_UNKNOWN = "LOCATION_UNKNOWN";
    public static final String PARTY_ID_COUNTRY_UNKNOWN = "PARTY_ID_COUNTRY_UNKNOWN";
    public static final String CUSTOMS_OFFICE_INVALID = "CUSTOMS_OFFICE_INVALID";
    public static final String PROCEDURE_CODE_INVALID = "PROCEDURE_CODE_INVALID";
    public static final String MASS_NOT_POSITIVE = "MASS_NOT_POSITIVE";
    public static final String NET_MASS_EXCEEDS_GROSS = "NET_MASS_EXCEEDS_GROSS";
    public static final String VALUE_NOT_POSITIVE = "VALUE_NOT_POSITIVE";
    public static final String QUANTITY_NOT_POSITIVE = "QUANTITY_NOT_POSITIVE";
    public static final String QUANTITY_UNIT_INVALID = "QUANTITY_UNIT_INVALID";
    public static final String INVOICE_TOTAL_MISMATCH = "INVOICE_TOTAL_MISMATCH";
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    public static final String ITEM_SEQUENCE_INVALID = "ITEM_SEQUENCE_INVALID";
    public static final String LOW_VALUE_CEILING_EXCEEDED = "LOW_VALUE_CEILING_EXCEEDED";
    public static final String EXCHANGE_RATE_MISSING = "EXCHANGE_RATE_MISSING";
    public static final String DUPLICATE_DOCUMENT = "DUPLICATE_DOCUMENT";
}
