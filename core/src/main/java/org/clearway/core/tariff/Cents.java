package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product rounded to cents, half up: exactly {@code a.multiply(b).setScale(2, HALF_UP)}, worked out
 * in longs where the factors are small enough (an invoice value times a 16-digit exchange rate, a
 * value times the VAT rate), which skips the BigInteger product and its division that BigDecimal
 * makes once the product passes 18 digits. Anything larger, or with a scale under 3, goes the
 * BigDecimal way. CentsTest holds the two to the same results.
 */
final class Cents {
    private static final long[] TEN_TO = new long[19];

    private static final long BILLION = 1_000_000_000L;

    static {
        TEN_TO[0] = 1;
        for (int i = 1; i < TEN_TO.length; i++) TEN_TO[i] = TEN_TO[i - 1] * 10;
    }


    private Cents() {}

    static BigDecimal times(BigDecimal a, BigDecimal b) {
        int k = a.scale() + b.scale() - 2;
        if (k > 0 && k <= 18 && a.precision() <= 9 && b.precision() <= 18) {
            long x = a.unscaledValue().longValue(), y = b.unscaledValue().longValue();
            boolean negative = (x < 0) != (y < 0);
            x = Math.abs(x);
            y = Math.abs(y);
            // x < 10^9, y < 10^18: x * y = A * 10^9 + B, A and B each under 10^18.
            long a1 = x * (y / BILLION), b1 = x * (y % BILLION);
            long quotient, remainder;
            if (k >= 9) {
                long c = a1 + b1 / BILLION;
                long m = TEN_TO[k - 9];
                quotient = c / m;
                remainder = (c % m) * BILLION + b1 % BILLION;
            } else {
                long scale = TEN_TO[9 - k];
                if (a1 > (Long.MAX_VALUE - TEN_TO[17]) / scale) return slow(a, b);
                quotient = a1 * scale + b1 / TEN_TO[k];
                remainder = b1 % TEN_TO[k];
            }
            if (remainder >= 5 * TEN_TO[k - 1]) quotient++;
            return BigDecimal.valueOf(negative ? -quotient : quotient, 2);
        }
        return slow(a, b);
    }

    private static BigDecimal slow(BigDecimal a, BigDecimal b) {
        return a.multiply(b).setScale(2, RoundingMode.HALF_UP);
    }
}
