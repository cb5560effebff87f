package org.clearway.core.risk;

/** The selectivity lane (channel) allocated to a declaration, lowest to highest. */
public enum Lane {
    /** Release without checks. */
    GREEN,
    /** Release now, audit after clearance. */
    BLUE,
    /** Documentary check before release. */
    YELLOW,
    /** Physical inspection of the goods before release. */
    RED;

    /** The more severe of two lanes: when several criteria hit, the highest lane wins. */
    public Lane max(Lane other) { return other.ordinal() > ordinal() ? other : this; }
}
