package org.clearway.formats.json;

import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.validation.Problem;

/** What decoding a JSON declaration gives: the declaration, or every problem found in the input. */
public sealed interface Decoded {

    /** The input was well-formed and every value was acceptable to the model. */
    record Ok(Declaration declaration) implements Decoded {
    }

    /** The input could not be turned into a declaration; never empty. */
    record Invalid(List<Problem> problems) implements Decoded {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
    }
}
