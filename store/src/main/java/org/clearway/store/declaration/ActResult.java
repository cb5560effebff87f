package org.clearway.store.declaration;

/** The outcome of acting on a stored declaration. */
public sealed interface ActResult {

    /** The change was written; this is the declaration as it now stands. */
    record Applied(StoredDeclaration declaration) implements ActResult {}

    /** The change was refused and nothing was written; {@code current} is the declaration as it stands. */
    record Refused(String message, StoredDeclaration current) implements ActResult {}

    /** No declaration has this MRN. */
    record NotFound(String mrn) implements ActResult {}
}
