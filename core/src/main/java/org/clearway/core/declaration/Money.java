package org.clearway.core.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clearway.core.reference.CurrencyCode;

/** An exact amount in a currency. Arithmetic keeps the scale; rounding is always stated by the caller. */
public record Money(BigDecimal amount, CurrencyCode currency) {
    public Money {
        if (amount == null || currency == null) throw new IllegalArgumentException("money needs an amount and a currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), new CurrencyCode(currency));
    }

    private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);

    public static Money zero(CurrencyCode currency) { return new Money(ZERO_CENTS, currency); }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Rounded to cents, half up: the rule customs administrations commonly state for duty amounts. */
    public Money roundedToCents() { return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency); }

    public boolean isNegative() { return amount.signum() < 0; }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override public String toString() { return amount.toPlainString() + " " + currency; }
}
