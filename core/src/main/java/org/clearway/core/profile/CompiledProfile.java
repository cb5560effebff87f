package org.clearway.core.profile;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.Set;

/**
 * A profile version ready to run: its planned expression and the needs read from it (conditions a
 * declaration must meet for the expression to be true, see {@link IndexGuard}). The needs are
 * checked first, so the expression runs only for declarations that can match.
 */
public final class CompiledProfile {
    private final ProfileVersion version;
    private final CelRuntime.Program program;
    private final Need[] needs;
    private final Need best;

    CompiledProfile(ProfileVersion version, CelRuntime.Program program, List<Need> needs) {
        this.version = version;
        this.program = program;
        this.needs = needs.toArray(Need[]::new);
        this.best = IndexGuard.best(needs);
    }

    public ProfileVersion version() { return version; }

    /** The index keys of the most selective need (empty if that need is not a set of keys, or there is none). */
    public Set<String> guard() { return best instanceof Need.AnyKey(var keys) ? keys : Set.of(); }

    /** The need the index files this profile under; null when the expression states none. */
    Need bestNeed() { return best; }

    /**
     * Whether the profile hits the declaration. An expression that fails on this declaration (a key
     * absent from an item, say) does not hit: unknown facts never select.
     */
    public boolean matches(DeclarationFacts facts) {
        for (Need n : needs) if (!n.metBy(facts)) return false;
        return evaluate(facts);
    }

    /** Runs the expression itself, without checking the needs first: what the naive baseline does for every profile. */
    public boolean evaluate(DeclarationFacts facts) {
        try {
            return Boolean.TRUE.equals(program.eval(facts));
        } catch (CelEvaluationException | RuntimeException e) {
            return false;
        }
    }
}
