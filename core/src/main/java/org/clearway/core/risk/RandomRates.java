package org.clearway.core.risk;

import java.util.Map;

/**
 * The minimum random selection for compliance measurement as the administration sets it: a default,
 * rates for particular customs offices (the expected lane rates per office), and the share of those
 * rates that applies to holders of an AEO authorisation (0.25: a quarter of the normal rate).
 */
public record RandomRates(SelectionRates standard, Map<String, SelectionRates> byOffice, double aeoShare) {
    public RandomRates {
        if (standard == null) throw new IllegalArgumentException("random rates need a default");
        byOffice = byOffice == null ? Map.of() : Map.copyOf(byOffice);
        if (!(aeoShare >= 0 && aeoShare <= 1)) throw new IllegalArgumentException("the AEO share of the random rate is between 0 and 1");
    }

    public static RandomRates of(double red, double yellow) { return new RandomRates(new SelectionRates(red, yellow), Map.of(), 0.25); }

    /** The rates for a declaration at this office, lowered for an AEO holder. */
    public SelectionRates ratesFor(String office, boolean aeo) {
        SelectionRates r = office == null ? standard : byOffice.getOrDefault(office, standard);
        return aeo ? r.times(aeoShare) : r;
    }
}
