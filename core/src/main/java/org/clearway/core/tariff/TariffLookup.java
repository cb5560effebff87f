package org.clearway.core.tariff;

import java.util.List;

/** What a tariff says about a commodity code: the line and its measures, or why there is no answer. */
public sealed interface TariffLookup {

    /**
     * The code resolves: the line declared (or, for a code above the national lines whose lines all
     * carry the same measures, the line holding them) and every measure set on it, in force or not.
     */
    record Found(String code, TariffLine line, TariffLine measuresFrom, List<Measure> measures) implements TariffLookup {
        public Found { measures = List.copyOf(measures); }
    }

    /** The tariff has no line with this code. */
    record Unknown(String code) implements TariffLookup {}

    /** The code is a heading or subheading above national lines whose measures differ: one of them must be declared. */
    record NotDeclarable(String code, List<String> lines) implements TariffLookup {
        public NotDeclarable { lines = List.copyOf(lines); }
    }
}
