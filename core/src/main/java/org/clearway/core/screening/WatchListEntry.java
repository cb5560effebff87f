package org.clearway.core.screening;

import java.util.List;
import java.util.Objects;

/**
 * One listed person, organisation, vessel or aircraft: the list it is on (e.g. "OFAC-SDN", "UN",
 * or an imported list's name), its id on that list, its primary name, its aliases (a.k.a., f.k.a.)
 * and the countries linked to it (ISO alpha-2; nationality, address), used to break ties.
 */
public record WatchListEntry(String list, String entryId, String name, List<String> aliases, List<String> countries, String kind) {
    public WatchListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        countries = countries == null ? List.of() : List.copyOf(countries);
        kind = kind == null ? "" : kind;
    }
}
