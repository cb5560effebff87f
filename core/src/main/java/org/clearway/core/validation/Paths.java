package org.clearway.core.validation;

/** Builds element paths in the declaration's own JSON field names, indexes from 0. */
final class Paths {
    private Paths() {}

    static String item(int index, String field) { return "items[" + index + "]." + field; }

    static String document(int index, String field) { return "documents[" + index + "]." + field; }
}
