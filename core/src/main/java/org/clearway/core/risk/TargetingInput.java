package org.clearway.core.risk;

import java.util.Optional;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;

/**
 * A learned model's say in lane allocation: a reason (with the lane it asks for) when the model
 * selects the declaration, or chooses it to explore; nothing otherwise. The model itself lives in
 * the analytics module; the core only sees this seam.
 */
@FunctionalInterface
public interface TargetingInput {
    Optional<Reason> assess(Declaration declaration, Mrn mrn);

    /** No active model. */
    TargetingInput NONE = (declaration, mrn) -> Optional.empty();
}
