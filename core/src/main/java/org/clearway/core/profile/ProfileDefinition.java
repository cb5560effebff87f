package org.clearway.core.profile;

/**
 * A selectivity profile as an analyst writes it: a name, a CEL expression over the declaration's
 * facts (see {@link ProfileLanguage}), what it does on a hit, the reason an officer reads, when and
 * where it applies, and whether holders of an AEO authorisation are exempt from it.
 */
public record ProfileDefinition(String name, String expression, ProfileAction action, String reason,
                                ValidityPeriod validity, ProfileScope scope, boolean aeoExempt) {
    public ProfileDefinition {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a profile needs a name");
        if (expression == null || expression.isBlank()) throw new IllegalArgumentException("a profile needs an expression");
        if (action == null) throw new IllegalArgumentException("a profile needs a lane or a score");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a profile needs a reason text");
        if (validity == null) throw new IllegalArgumentException("a profile needs a validity period");
        if (scope == null) scope = ProfileScope.everywhere();
    }
}
