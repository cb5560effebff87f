package org.clearway.core.validation;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds element paths in the declaration's own JSON field names, indexes from 0. The rules ask for
 * an item's path for every element they look at, though it is only used when there is a problem, so
 * the paths of the first items are made once per field and kept (a bulk import validates a million
 * declarations, each asking for about ten of them).
 */
final class Paths {
    private static final int KEPT_ITEMS = 64;
    /** By field name: the paths of items 0 to KEPT_ITEMS - 1, filled as asked for (a race only makes an equal string twice). */
    private static final ConcurrentHashMap<String, String[]> ITEM_PATHS = new ConcurrentHashMap<>();

    private Paths() {}

    static String item(int index, String field) {
        if (index < 0 || index >= KEPT_ITEMS) return "items[" + index + "]." + field;
        String[] paths = ITEM_PATHS.get(field);
        if (paths == null) {
            // Fields are the rules' own names, a few dozen at most: the map stays small.
            paths = ITEM_PATHS.computeIfAbsent(field, f -> new String[KEPT_ITEMS]);
        }
        String path = paths[index];
        if (path == null) paths[index] = path = "items[" + index + "]." + field;
        return path;
    }

    static String document(int index, String field) { return "documents[" + index + "]." + field; }
}
