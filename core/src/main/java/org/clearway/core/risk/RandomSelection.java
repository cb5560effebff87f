package org.clearway.core.risk;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;

/**
 * Random selection for compliance measurement: a configured share of declarations goes to the
 * yellow or red lane regardless of risk. The draw is a hash of the MRN and a seed, so it is
 * reproducible and cannot be gamed by resubmitting: the MRN is only known after acceptance.
 */
public final class RandomSelection implements LaneAllocator {
    private final double redRate;
    private final double yellowRate;
    private final long seed;

    public RandomSelection(double redRate, double yellowRate, long seed) {
        if (redRate < 0 || yellowRate < 0 || redRate + yellowRate > 1) {
            throw new IllegalArgumentException("selection rates must be between 0 and 1 and add up to at most 1");
        }
        this.redRate = redRate;
        this.yellowRate = yellowRate;
        this.seed = seed;
    }

    @Override
    public LaneDecision allocate(Declaration declaration, Mrn mrn) {
        double draw = draw(mrn);
        List<Reason> reasons = new ArrayList<>();
        Lane lane;
        if (draw < redRate) {
            lane = Lane.RED;
            reasons.add(new Reason("RANDOM_SELECTION", Lane.RED, String.format(
                    "selected at random for physical inspection (compliance measurement, rate %.1f %%)", redRate * 100)));
        } else if (draw < redRate + yellowRate) {
            lane = Lane.YELLOW;
            reasons.add(new Reason("RANDOM_SELECTION", Lane.YELLOW, String.format(
                    "selected at random for a documentary check (compliance measurement, rate %.1f %%)", yellowRate * 100)));
        } else {
            lane = Lane.GREEN;
            reasons.add(new Reason("NOT_SELECTED", Lane.GREEN, String.format(
                    "not selected by random selection (rates: red %.1f %%, yellow %.1f %%); no risk criteria are active yet",
                    redRate * 100, yellowRate * 100)));
        }
        return new LaneDecision(lane, reasons);
    }

    /** A uniform number in [0, 1) from the MRN and the seed (64-bit FNV-1a, then SplitMix64 to spread bits). */
    double draw(Mrn mrn) { return draw(mrn, seed); }

    /** The same draw for any seed: the risk assessment uses it with per-office and AEO rates. */
    public static double draw(Mrn mrn, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        // An MRN is ASCII letters and digits (checked where it is made): each char is its US-ASCII byte,
        // read without encoding the MRN to a new array for every declaration.
        String value = mrn.value();
        for (int i = 0; i < value.length(); i++) {
            h ^= (byte) value.charAt(i);
            h *= 0x100000001b3L;
        }
        h += 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h = h ^ (h >>> 31);
        return (h >>> 11) * 0x1.0p-53;
    }
}
