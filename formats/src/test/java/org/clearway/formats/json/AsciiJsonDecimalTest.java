package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * AsciiJson writes a decimal's digits itself where it can (unscaled value under 2^62, scale 0 to 18);
 * whatever the value, the text is {@code toPlainString}'s, quoted, as JsonText writes it.
 */
class AsciiJsonDecimalTest {
    @Test
    void edgesAreToPlainString() {
        List<BigDecimal> values = new ArrayList<>();
        long[] unscaled = {0, 1, -1, 9, 10, -10, 99, 100, 12_345, -12_345, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
                (1L << 62) - 1, -((1L << 62) - 1), 1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long u : unscaled) {
            for (int scale = -3; scale <= 21; scale++) values.add(BigDecimal.valueOf(u, scale));
        }
        values.add(new BigDecimal("123456789012345678901234567890.123"));
        values.add(new BigDecimal("-0.000000000000000000000000001"));
        values.add(new BigDecimal("1E+5"));
        values.add(new BigDecimal("0.7533771773906861"));
        for (BigDecimal v : values) assertThat(written(v)).as("%s (scale %d)", v, v.scale()).isEqualTo(expected(v));
    }

    @Test
    void randomDecimalsAreToPlainString() {
        Random random = new Random(62);
        for (int n = 0; n < 200_000; n++) {
            long u = switch (random.nextInt(4)) {
                case 0 -> random.nextLong();
                case 1 -> random.nextLong() >> random.nextInt(64);
                case 2 -> random.nextInt(1_000_000) - 500_000;
                default -> random.nextLong(1_000_000_000L);
            };
            BigDecimal v = random.nextInt(20) == 0
                    ? new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(40) - 10)
                    : BigDecimal.valueOf(u, random.nextInt(24) - 3);
            assertThat(written(v)).as("%s (scale %d)", v, v.scale()).isEqualTo(expected(v));
        }
    }

    @Test
    void decimalsAmongOtherFieldsAreSeparated() {
        AsciiJson a = AsciiJson.borrow();
        try {
            a.startArray();
            a.decimal(new BigDecimal("1.50"));
            a.decimal(new BigDecimal("-0.05"));
            a.decimal(new BigDecimal("1E+3"));
            a.endArray();
            assertThat(a.text()).isEqualTo("[\"1.50\",\"-0.05\",\"1000\"]");
        } finally {
            a.release();
        }
    }

    private static String expected(BigDecimal v) {
        JsonText t = JsonText.borrow(false);
        try {
            t.decimal(v);
            assertThat(t.toString()).isEqualTo("\"" + v.toPlainString() + "\"");
            return t.toString();
        } finally {
            t.release();
        }
    }

    private static String written(BigDecimal v) {
        AsciiJson a = AsciiJson.borrow();
        try {
            a.decimal(v);
            assertThat(a.ascii()).isTrue();
            return a.text();
        } finally {
            a.release();
        }
    }
}
