package org.clearway.core.risk;

/** Where a declaration's risk score (the points of the scoring profiles that hit) sends it: yellow from one, red from the other. */
public record ScoreThresholds(int yellowFrom, int redFrom) {
    public ScoreThresholds {
        if (yellowFrom < 1 || redFrom < yellowFrom) throw new IllegalArgumentException("score thresholds: 1 <= yellow <= red");
    }

    public static ScoreThresholds defaults() { return new ScoreThresholds(50, 100); }

    public Lane laneFor(int score) {
        if (score >= redFrom) return Lane.RED;
        if (score >= yellowFrom) return Lane.YELLOW;
        return Lane.GREEN;
    }
}
