package org.clearway.core.screening;

import java.util.List;
import java.util.Objects;

/** A named watch list (OFAC SDN, UN consolidated, or one an analyst imported) and its entries. */
public record WatchList(String name, String source, List<WatchListEntry> entries) {
    public WatchList {
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
