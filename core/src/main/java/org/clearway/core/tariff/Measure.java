package org.clearway.core.tariff;

import java.time.LocalDate;

/**
 * One measure on a tariff line: its type, the geographical area it applies to (a country code, a
 * group id, or {@link #ERGA_OMNES} for every origin), the duty expression (empty for a prohibition),
 * the rate text as published, its validity window (to is inclusive; null = open-ended) and the
 * legal base or programme it comes from.
 */
public record Measure(MeasureType type, String area, DutyExpression expression, String rateText,
                      LocalDate validFrom, LocalDate validTo, String legalBase) {
    /** All origins (TARIC's geographical area 1011). */
    public static final String ERGA_OMNES = "1011";

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
