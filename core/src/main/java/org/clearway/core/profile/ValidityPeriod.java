package org.clearway.core.profile;

import java.time.LocalDate;

/** The days a profile applies: from {@code start} (inclusive) until {@code endOrNull} (inclusive), open-ended when null. */
public record ValidityPeriod(LocalDate start, LocalDate endOrNull) {
    public ValidityPeriod {
        if (start == null) throw new IllegalArgumentException("a validity period needs a start date");
        if (endOrNull != null && endOrNull.isBefore(start)) throw new IllegalArgumentException("a validity period cannot end before it starts");
    }

    public static ValidityPeriod from(LocalDate start) { return new ValidityPeriod(start, null); }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (endOrNull == null || !date.isAfter(endOrNull));
    }
}
