package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.clearway.core.declaration.DeclarationType;

/**
 * The rule some administrations put in place of the duty de minimis for low-value consignments: instead
 * of no duty (under the threshold) or the tariff's rate, the consignment pays a flat amount for each
 * distinct tariff heading it contains (the EU's flat duty per item category in small parcels is the
 * model). Configured per administration: the amount (national currency), how many digits of the code
 * make a heading (4 = heading, 6 = subheading, 0 = the whole code declared), the declaration types it
 * applies to, the highest total customs value it covers, and the date it starts (null = always).
 */
public record ParcelFlatDuty(BigDecimal amount, int digits, Set<DeclarationType> types, BigDecimal ceiling, LocalDate validFrom) {
    public ParcelFlatDuty {
        types = Set.copyOf(types);
        if (amount.signum() < 0) throw new IllegalArgumentException("settings.csv: flat_duty_amount cannot be negative");
        if (digits != 0 && digits != 4 && digits != 6) throw new IllegalArgumentException("settings.csv: flat_duty_per is heading, subheading or line");
    }

    /** True for a consignment of this type, at or under the ceiling, on or after the start date. */
    public boolean appliesTo(DeclarationType type, BigDecimal totalCustomsValue, LocalDate date) {
        return types.contains(type) && totalCustomsValue.compareTo(ceiling) <= 0 && (validFrom == null || !date.isBefore(validFrom));
    }

    /** The heading (or subheading, or whole code) an item's code counts under. */
    public String heading(String code) {
        return digits == 0 || code.length() <= digits ? code : code.substring(0, digits);
    }

    /** "heading", "subheading" or "line": how the amount is counted, in words. */
    public String per() {
        return switch (digits) {
            case 4 -> "heading";
            case 6 -> "subheading";
            default -> "line";
        };
    }
}
