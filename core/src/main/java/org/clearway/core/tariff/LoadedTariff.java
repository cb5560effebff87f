package org.clearway.core.tariff;

import java.util.List;

/**
 * A tariff as loaded, with its parse coverage: how many rate texts there were (each special-rate
 * part counted once), how many became a computable expression, how many a structured reference to a
 * rate found elsewhere, and the ones not read at all.
 */
public record LoadedTariff(Tariff tariff, int rateTexts, int computable, int references, List<UnparsedRate> unparsed) {
    public LoadedTariff { unparsed = List.copyOf(unparsed); }

    /** Share of rate texts that parse into a structured expression (computable or reference), 0..1. */
    public double coverage() { return rateTexts == 0 ? 1.0 : (rateTexts - unparsed.size()) / (double) rateTexts; }

    /** Share of rate texts whose expression computes an amount on its own, 0..1. */
    public double computableShare() { return rateTexts == 0 ? 1.0 : computable / (double) rateTexts; }
}
