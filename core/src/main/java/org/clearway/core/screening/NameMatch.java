package org.clearway.core.screening;

/** A name that resembles a watch-list entry: the entry, which of its names matched, and how closely (0..1). */
public record NameMatch(WatchListEntry entry, String matchedName, double score) {
}
