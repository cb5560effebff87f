package org.clearway.core.validation;

import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.ReferenceData;

/**
 * Checks a decoded declaration against the reference data and the rules of its type and returns
 * every problem at once (an empty list means valid). Pure: never throws for bad input.
 */
public final class DeclarationValidator {
    private final ReferenceData reference;
    private final ValidationPolicy policy;

    public DeclarationValidator(ReferenceData reference, ValidationPolicy policy) {
        this.reference = reference;
        this.policy = policy;
    }

    public List<Problem> validate(Declaration declaration, LocalDate today) {
        // TODO(helper): the rules
        return List.of();
    }
}
