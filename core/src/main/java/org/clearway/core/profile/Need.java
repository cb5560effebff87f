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
    record AnyKey(Set<String> keys, FactKey[] facts) implements Need {
        AnyKey(Set<String> keys) {
            this(Set.copyOf(keys), keys.stream().map(FactKey::parse).filter(java.util.Objects::nonNull).toArray(FactKey[]::new));
        }

        @Override
        public boolean metBy(DeclarationFacts declaration) {
            for (FactKey k : facts) if (k.metBy(declaration)) return true;
            return false;
        }

        // equal by their keys (the facts are read from them)
        @Override public boolean equals(Object o) { return o instanceof AnyKey(var k, _) && k.equals(keys); }
        @Override public int hashCode() { return keys.hashCode(); }
        @Override public String toString() { return "AnyKey" + keys; }
    }

    /** {@code invoiceTotal > min} (or {@code >=} when inclusive). */
    record TotalAbove(double min, boolean inclusive) implements Need {
        @Override
        public boolean metBy(DeclarationFacts facts) {
            return inclusive ? facts.invoiceTotal() >= min : facts.invoiceTotal() > min;
        }
    }
}
