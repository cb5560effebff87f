package org.clearway.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Mrn#of} gives the same text as the formatted way ({@link MrnBefore}) and refuses what it refused. */
class MrnOfTest {
    private static final String[] COUNTRIES = {"GB", "NL", "DE", "FR", "AZ", "ZZ", "AA", "US", "CN", "QX"};
    private static final int[] YEARS = {0, 1, 9, 10, 99, 100, 1999, 2000, 2025, 2026, 2099, 2100, 9999, -100, -200, Integer.MAX_VALUE};

    @Test
    void sameTextAsTheFormattedWayOverSequencesYearsAndCountries() {
        for (int year : YEARS) {
            for (String country : COUNTRIES) {
                for (long s = 0; s < 2_000; s++) assertSame(year, country, s);
                for (long s = Long.MAX_VALUE; s > Long.MAX_VALUE - 50; s--) assertSame(year, country, s);
            }
        }
        SplittableRandom random = new SplittableRandom(20261128);
        for (int i = 0; i < 200_000; i++) {
            String country = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            long sequence = switch (i % 4) {
                case 0 -> random.nextLong(1L << 20);
                case 1 -> random.nextLong(1L << 40);
                case 2 -> random.nextLong(Long.MAX_VALUE);
                default -> powerOf36Near(random.nextInt(13), random.nextInt(3) - 1);
            };
            assertSame(random.nextInt(3000), country, sequence);
        }
    }

    @Test
    void refusesWhatTheFormattedWayRefused() {
        Object[][] refused = {{2026, "gb", 1L}, {2026, "G", 1L}, {2026, "GBR", 1L}, {2026, "G1", 1L}, {2026, null, 1L},
                {-5, "GB", 1L}, {-2026, "GB", 1L}, {Integer.MIN_VALUE, "GB", 1L}, {2026, "GB", -1L}, {2026, "GB", Long.MIN_VALUE}};
        for (Object[] r : refused) {
            int year = (Integer) r[0];
            String country = (String) r[1];
            long sequence = (Long) r[2];
            assertThatThrownBy(() -> MrnBefore.of(year, country, sequence)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Mrn.of(year, country, sequence)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("18 characters");
        }
    }

    @Test
    void theConstructorAcceptsAndRefusesAsBefore() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < 100_000; i++) {
            String good = MrnBefore.of(random.nextInt(100), "GB", random.nextLong(Long.MAX_VALUE));
            assertThat(new Mrn(good).value()).isEqualTo(good);
            // One character changed: refused exactly when the old check refused it.
            int at = 4 + random.nextInt(14);
            String changed = good.substring(0, at) + alphabet.charAt(random.nextInt(at == 17 ? 10 : 36)) + good.substring(at + 1);
            boolean oldAccepts = MrnBefore.checkDigit(changed.substring(0, 17)) == changed.charAt(17) - '0';
            assertThat(Mrn.isWellFormed(changed)).as(changed).isEqualTo(oldAccepts);
        }
    }

    private static long powerOf36Near(int exponent, int offset) {
        long p = 1;
        for (int i = 0; i < exponent; i++) p *= 36;
        return Math.max(0, p + offset);
    }

    private static void assertSame(int year, String country, long sequence) {
        assertThat(Mrn.of(year, country, sequence).value()).as("%d %s %d", year, country, sequence)
                .isEqualTo(MrnBefore.of(year, country, sequence));
    }
}
