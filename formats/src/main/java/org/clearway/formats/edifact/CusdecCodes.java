package org.clearway.formats.edifact;

import java.util.Map;
import org.clearway.core.declaration.DeclarationType;

/**
 * The code values Clearway reads and writes in a CUSDEC (and the CUSRES answering it), in one place.
 * UN/EDIFACT code lists are used where they have the meaning (UNCL 1001, 3035, 3227, 2005, 5025,
 * 6343, 8051); where they do not, Clearway's own qualifiers are used with responsible agency ZZZ
 * (mutually defined), as docs/formats.md lists.
 */
final class CusdecCodes {
    private CusdecCodes() {
    }

    // BGM 1001 document name code
    static final Map<String, DeclarationType> DOCUMENT_TYPES = Map.of(
            "929", DeclarationType.IMPORT, "830", DeclarationType.EXPORT, "LVC", DeclarationType.LOW_VALUE);

    static String documentCode(DeclarationType type) {
        return switch (type) {
            case IMPORT -> "929";
            case EXPORT -> "830";
            case LOW_VALUE -> "LVC";
        };
    }

    // NAD 3035 party qualifiers
    static final String DECLARANT = "DT", IMPORTER = "IM", EXPORTER = "EX", SELLER = "SE", BUYER = "BY";
    // LOC 3227 place qualifiers
    static final String OFFICE = "22", LOADING = "9", UNLOADING = "11", ORIGIN = "27";
    // DTM 2005 qualifiers and 2379 format
    static final String INVOICE_DATE = "3", ARRIVAL_DATE = "132", DOCUMENT_DATE = "137", CCYYMMDD = "102", CCYYMMDDHHMM = "203";
    // RFF 1153 qualifiers
    static final String UCR = "UCN", AEO = "AEO", MRN = "ABT", LRN = "ABE";
    // MOA 5025 qualifiers
    static final String INVOICE_TOTAL = "39", ITEM_VALUE = "38", TAX_AMOUNT = "124", TOTAL_DUE = "176";
    // UNCL 5025: "Transport charges (Customs)" (WCO 5292, synonym freight charges) and "Insurance charges (Customs)" (WCO 5488)
    static final String FREIGHT = "144", INSURANCE = "70";
    // CST C246 1131 qualifiers (Clearway's, agency ZZZ)
    static final String HS = "HS", PROCEDURE = "PR", PREFERENCE = "PF";
    // MEA 6311 / 6313
    static final String MEASUREMENT = "AAE", NET_MASS = "AAC", GROSS_MASS = "AAD", QUANTITY = "AAR", KILOGRAM = "KGM";
    // FTX 4451
    static final String GOODS_DESCRIPTION = "AAA", ERROR_TEXT = "AAO", STATUS_TEXT = "CUS";
    // TDT 8051: main carriage at the border
    static final String BORDER_STAGE = "11";
}
