package org.clearway.core.profile;

import java.util.Set;

/**
 * A condition a declaration must meet for a profile's expression to be true, read from the
 * expression and checked before it is run: one of some index keys among the declaration's facts,
 * or an invoice total above a threshold. Checking needs costs a few hash lookups; running the
 * expression costs microseconds.
 */
sealed interface Need {
    boolean metBy(DeclarationFacts facts);

    /** At least one of these keys ({@code hs=8471}, {@code origin=CN}, ...) is among the facts. */
    record AnyKey(Set<String> keys) implements Need {
        public AnyKey {
            keys = Set.copyOf(keys);
        }

        @Override
        public boolean metBy(DeclarationFacts facts) {
            for (String k : keys) if (facts.keys().contains(k)) return true;
            return false;
        }
    }

    /** {@code invoiceTotal > min} (or {@code >=} when inclusive). */
    record TotalAbove(double min, boolean inclusive) implements Need {
        @Override
        public boolean metBy(DeclarationFacts facts) {
            return inclusive ? facts.invoiceTotal() >= min : facts.invoiceTotal() > min;
        }
    }
}
