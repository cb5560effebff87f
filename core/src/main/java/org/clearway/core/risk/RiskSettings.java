package org.clearway.core.risk;

/** How the administration configures lane allocation beyond the profiles: random rates (per office, AEO share), score thresholds, the seed of the random draw. */
public record RiskSettings(RandomRates random, ScoreThresholds thresholds, long seed) {
    public RiskSettings {
        if (random == null || thresholds == null) throw new IllegalArgumentException("risk settings need random rates and score thresholds");
    }
}
