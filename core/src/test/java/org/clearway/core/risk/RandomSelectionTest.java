package org.clearway.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.clearway.core.declaration.Mrn;
import org.junit.jupiter.api.Test;

class RandomSelectionTest {

    @Test
    void theShareSelectedMatchesTheConfiguredRatesOverManyDeclarations() {
        var selection = new RandomSelection(0.02, 0.05, 42);
        Map<Lane, Integer> counts = new EnumMap<>(Lane.class);
        int n = 200_000;
        for (int i = 1; i <= n; i++) {
            counts.merge(selection.allocate(null, Mrn.of(2026, "GB", i)).lane(), 1, Integer::sum);
        }
        // Binomial standard deviation at n = 200 000: about 0.03 % for 2 %, 0.05 % for 5 %; allow 5 sigma.
        assertThat(counts.getOrDefault(Lane.RED, 0) / (double) n).isBetween(0.0185, 0.0215);
        assertThat(counts.getOrDefault(Lane.YELLOW, 0) / (double) n).isBetween(0.0475, 0.0525);
    }

    @Test
    void theDrawIsReproducibleForTheSameMrnAndSeed() {
        Mrn mrn = Mrn.of(2026, "GB", 777);
        assertThat(new RandomSelection(0.3, 0.3, 1).allocate(null, mrn))
                .isEqualTo(new RandomSelection(0.3, 0.3, 1).allocate(null, mrn));
    }

    @Test
    void everyDecisionSaysWhy() {
        var selection = new RandomSelection(0.5, 0.5, 7);
        for (int i = 1; i < 100; i++) {
            LaneDecision d = selection.allocate(null, Mrn.of(2026, "GB", i));
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("RANDOM_SELECTION");
                assertThat(r.lane()).isEqualTo(d.lane());
                assertThat(r.text()).contains("random");
            });
        }
    }

    @Test
    void ratesMustBeShares() {
        assertThatThrownBy(() -> new RandomSelection(0.7, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RandomSelection(-0.1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The draw as it was first written: FNV-1a over the MRN's US-ASCII bytes, then a SplitMix64 finish. */
    private static double drawOverBytes(Mrn mrn, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : mrn.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h += 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h = h ^ (h >>> 31);
        return (h >>> 11) * 0x1.0p-53;
    }

    @Test
    void theDrawIsTheSameAsOverTheMrnsBytesSoStoredLanesCanBeExplainedAgain() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            Mrn mrn = Mrn.of(20 + random.nextInt(10), random.nextBoolean() ? "GB" : "NL", random.nextLong(1, 1L << 60));
            long seed = random.nextLong();
            assertThat(RandomSelection.draw(mrn, seed)).as("%s", mrn).isEqualTo(drawOverBytes(mrn, seed));
        }
    }
}
