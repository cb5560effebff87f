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
    /** The expression compiled to Java when it has only the shapes {@link JavaTranslation} knows; null: run in CEL. */
    private final JavaExpression java;

    CompiledProfile(ProfileVersion version, CelRuntime.Program program, JavaExpression java, List<Need> needs) {
        this.version = version;
        this.program = program;
        this.java = java;
        this.needs = needs.toArray(Need[]::new);
        this.best = IndexGuard.best(needs);
    }

    public ProfileVersion version() { return version; }

    /** The index keys of the most selective need (empty if that need is not a set of keys, or there is none). */
    public Set<String> guard() { return best instanceof Need.AnyKey(var keys, _) ? keys : Set.of(); }

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

    /** Whether the expression runs as Java (otherwise in CEL's interpreter). */
    public boolean compiledToJava() { return java != null; }

    /** Runs the expression itself (as Java where it could be compiled so), without checking the needs first. */
    public boolean evaluate(DeclarationFacts facts) {
        return java != null ? java.matches(facts) : interpret(facts);
    }

    /**
     * Runs the expression in CEL's interpreter, whatever shape it has: what the naive baseline does
     * for every profile, and what the Java form is tested against.
     */
    public boolean interpret(DeclarationFacts facts) {
        try {
            return Boolean.TRUE.equals(program.eval(facts));
        } catch (CelEvaluationException | RuntimeException e) {
            return false;
        }
    }

    /** The Java form's answer (TRUE, FALSE or ERROR of {@link JavaExpression}); for tests, only when {@link #compiledToJava}. */
    int javaOutcome(DeclarationFacts facts) { return java.outcome(facts); }

    /** CEL's answer in the same terms: true, false, or ERROR for a failure or a value that is not a bool. */
    int interpretedOutcome(DeclarationFacts facts) {
        try {
            Object v = program.eval(facts);
            return Boolean.TRUE.equals(v) ? JavaExpression.TRUE : Boolean.FALSE.equals(v) ? JavaExpression.FALSE : JavaExpression.ERROR;
        } catch (CelEvaluationException | RuntimeException e) {
            return JavaExpression.ERROR;
        }
    }
}
