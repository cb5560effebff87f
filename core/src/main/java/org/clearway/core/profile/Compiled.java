package org.clearway.core.profile;

import java.util.List;

/** The outcome of compiling a profile's expression: ready to run, or refused with every error and its position. */
public sealed interface Compiled {
    record Ok(CompiledProfile profile) implements Compiled {}

    record Refused(List<ExpressionError> errors) implements Compiled {
        public Refused { errors = List.copyOf(errors); }
    }
}
