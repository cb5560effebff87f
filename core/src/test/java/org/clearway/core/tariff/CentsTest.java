package org.clearway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Cents#times} is {@code a.multiply(b).setScale(2, HALF_UP)}, to the scale, on both of its ways. */
class CentsTest {
    @Test
    void sameAsBigDecimalOverRandomFactors() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2_000_000; i++) {
            BigDecimal a = decimal(random, 1 + random.nextInt(i % 2 == 0 ? 9 : 12), random.nextInt(7));
            BigDecimal b = decimal(random, 1 + random.nextInt(i % 3 == 0 ? 18 : 20), random.nextInt(21));
            assertSame(a, b);
        }
    }

    @Test
    void sameAsBigDecimalAtExactHalvesAndEdges() {
        String[][] pairs = {{"0.05", "0.1"}, {"0.15", "0.1"}, {"-0.05", "0.1"}, {"-0.15", "0.1"}, {"0.125", "1"}, {"0.125", "1.0"},
                {"999999999", "999999999999999999"}, {"-999999999", "0.999999999999999999"}, {"0.000000001", "0.000000000000000001"},
                {"99.99", "0.7533771773906861"}, {"5.00", "0.7533771773906861"}, {"0", "0.7533771773906861"}, {"0.00", "-1.5"},
                {"123456789", "0.5"}, {"1.23456789", "1234567890.12345678"}, {"12.5", "0.20"}, {"12.50", "0.2"}, {"0.005", "1"},
                {"-0.005", "1"}, {"1E+3", "0.001"}, {"1E-10", "1E-10"}, {"100", "0.001"}, {"5", "0.001"}, {"4.5", "0.01"},
                // Negative scales: the product's scale still decides the rounding.
                {"1E+3", "0.7533771773906861"}, {"5E+1", "0.123"}, {"-25E+2", "0.0001234567"}, {"1E+9", "0.000000000000000005"}};
        for (String[] p : pairs) assertSame(new BigDecimal(p[0]), new BigDecimal(p[1]));
        SplittableRandom random = new SplittableRandom(12);
        // Products that end in exactly 5 at the first dropped digit: where half up is decided.
        for (int i = 0; i < 200_000; i++) {
            int scale = 3 + random.nextInt(16);
            long cents = random.nextLong(1_000_000_000L);
            BigDecimal half = new BigDecimal(BigInteger.valueOf(cents).multiply(BigInteger.TEN.pow(scale - 2)).add(BigInteger.valueOf(5).multiply(BigInteger.TEN.pow(scale - 3))), scale);
            if (random.nextBoolean()) half = half.negate();
            assertSame(half, BigDecimal.ONE);
            assertSame(BigDecimal.ONE.setScale(random.nextInt(5)), half);
        }
    }

    private static BigDecimal decimal(SplittableRandom random, int digits, int scale) {
        long bound = (long) Math.pow(10, Math.min(digits, 18));
        BigInteger unscaled = BigInteger.valueOf(random.nextLong(bound));
        if (digits > 18) unscaled = unscaled.multiply(BigInteger.TEN.pow(digits - 18)).add(BigInteger.valueOf(random.nextLong(1000)));
        if (random.nextInt(4) == 0) unscaled = unscaled.negate();
        return new BigDecimal(unscaled, scale);
    }

    private static void assertSame(BigDecimal a, BigDecimal b) {
        BigDecimal expected = a.multiply(b).setScale(2, RoundingMode.HALF_UP);
        BigDecimal actual = Cents.times(a, b);
        assertThat(actual).as("%s × %s", a, b).isEqualTo(expected);
        assertThat(actual.toPlainString()).isEqualTo(expected.toPlainString());
    }
}
