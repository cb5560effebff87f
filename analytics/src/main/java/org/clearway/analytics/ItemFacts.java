package org.clearway.analytics;

import java.time.LocalDate;

/**
 * What the targeting model may know about one declared goods item when it is lodged: who declares,
 * imports, sells and carries it, what it is (HS code), where it comes from, how it is taxed and how
 * much it weighs and costs. Text fields may be empty (not declared); numbers may be NaN.
 * Both the KCS data set and Clearway's own declarations map to this one shape, so features are
 * computed the same way for training and for live scoring.
 */
public record ItemFacts(
        String declarationId,
        LocalDate date,
        String office,
        String processType,
        String importType,
        String importUse,
        String paymentType,
        String transportMode,
        String declarant,
        String importer,
        String seller,
        String courier,
        String hsCode,
        String departureCountry,
        String originCountry,
        double taxRate,
        String taxType,
        String originIndicator,
        double netMassKg,
        double itemPrice) {

    public ItemFacts {
        if (declarationId == null || declarationId.isEmpty()) throw new IllegalArgumentException("declaration id is required");
        if (date == null) throw new IllegalArgumentException("date is required");
    }

    /** The HS code cut to its first {@code digits} digits, or "" when shorter. */
    public String hs(int digits) {
        return hsCode.length() >= digits ? hsCode.substring(0, digits) : "";
    }
}
