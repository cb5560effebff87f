package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.util.List;
import org.clearway.core.reference.CurrencyCode;

/**
 * How a duty is computed (a duty expression, as the UK Trade Tariff and TARIC call it). Parsed from
 * a tariff's rate text by {@link RateTextParser} or written as structured data; {@link #text()}
 * gives it back in the neutral format's syntax, which the parser reads again.
 */
public sealed interface DutyExpression {

    /** The expression in the neutral syntax: {@code Free}, {@code 6.5%}, {@code 0.021 USD/KGM}, parts joined by {@code +}. */
    String text();

    /** No duty. */
    record Free() implements DutyExpression {
        @Override public String text() { return "Free"; }
    }

    /**
     * A percentage of the customs value (6.5 means 6.5 %); {@code basis} names the part of the value it
     * applies to when not the whole (e.g. "the case" of a watch), or is empty.
     */
    record AdValorem(BigDecimal percent, String basis) implements DutyExpression {
        public AdValorem { basis = basis == null ? "" : basis; }

        public AdValorem(BigDecimal percent) { this(percent, ""); }

        @Override public String text() {
            return percent.stripTrailingZeros().toPlainString() + "%" + (basis.isEmpty() ? "" : " [" + basis + "]");
        }
    }

    /**
     * An amount per unit of quantity (UN/ECE Rec. 20 unit codes: KGM, LTR, NAR, PR, DZN, MTK, TNE,
     * ...). {@code basis} narrows which quantity counts (e.g. "drained weight", "copper content"),
     * or is empty when it is the plain quantity in the unit.
     */
    record Specific(BigDecimal amount, CurrencyCode currency, String unit, String basis) implements DutyExpression {
        public Specific { basis = basis == null ? "" : basis; }

        @Override public String text() {
            return amount.stripTrailingZeros().toPlainString() + " " + currency.value() + "/" + unit
                    + (basis.isEmpty() ? "" : " [" + basis + "]");
        }
    }

    /** The sum of its parts: compound duties such as {@code 2.8 ¢/kg + 5 %}. */
    record Compound(List<DutyExpression> parts) implements DutyExpression {
        public Compound { parts = List.copyOf(parts); }

        @Override public String text() {
            return String.join(" + ", parts.stream().map(DutyExpression::text).toList());
        }
    }

    /** The greater of the duty and a floor ("... but not less than ..."). */
    record AtLeast(DutyExpression duty, DutyExpression minimum) implements DutyExpression {
        @Override public String text() { return "max(" + duty.text() + " ; " + minimum.text() + ")"; }
    }

    /** The lesser of the duty and a ceiling ("... but not more than ..."). */
    record AtMost(DutyExpression duty, DutyExpression maximum) implements DutyExpression {
        @Override public String text() { return "min(" + duty.text() + " ; " + maximum.text() + ")"; }
    }

    /**
     * A rate that the tariff defines by reference to another line or note ("No change", "The duty
     * provided in the applicable subheading", "See 9823.xx"). Structured, but no amount can be
     * computed from it alone: the calculator answers a problem rather than guess.
     */
    record Reference(String to) implements DutyExpression {
        @Override public String text() { return "ref(" + to + ")"; }
    }
}
