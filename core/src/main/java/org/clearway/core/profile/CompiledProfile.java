package org.clearway.core.profile;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Set;

/**
 * A profile version ready to run: its planned expression and the index guard taken from it (keys of
 * which at least one must be among a declaration's facts for the expression to be true; empty when
 * the expression gives none, and the profile is then evaluated for every declaration in scope).
 */
public final class CompiledProfile {
    private final ProfileVersion version;
    private final CelRuntime.Program program;
    private final Set<String> guard;

    CompiledProfile(ProfileVersion version, CelRuntime.Program program, Set<String> guard) {
        this.version = version;
        this.program = program;
        this.guard = Set.copyOf(guard);
    }

    public ProfileVersion version() { return version; }

    public Set<String> guard() { return guard; }

    /**
     * Whether the profile hits the declaration. An expression that fails on this declaration (a key
     * absent from an item, say) does not hit: unknown facts never select.
     */
    public boolean matches(DeclarationFacts facts) {
        try {
            return Boolean.TRUE.equals(program.eval(facts.variables()));
        } catch (CelEvaluationException | RuntimeException e) {
            return false;
        }
    }
}
