package org.clearway.core.reference;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** UN/LOCODE locations (ports, airports, inland places) with their names; look-ups are O(1). */
final class Locations {
    static final String FILE = "un-locode/unlocode.csv";

    private final Map<String, String> names;

    private Locations(Map<String, String> names) { this.names = names; }

    static Locations load() {
        // Sized for the ~116,000 codes so the map is not rehashed while loading.
        Map<String, String> names = new HashMap<>(160_000);
        CsvResource.forEachRow(FILE, row -> names.put(CsvResource.field(row, 0), CsvResource.field(row, 1)));
        return new Locations(Collections.unmodifiableMap(names));
    }

    boolean contains(UnLocode code) { return code != null && names.containsKey(code.value()); }

    Optional<String> name(UnLocode code) { return code == null ? Optional.empty() : Optional.ofNullable(names.get(code.value())); }

    int size() { return names.size(); }
}
