package org.clearway.core.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Active ISO 4217 currencies and their minor units (decimals). A code counts as active when at
 * least one entity still uses it: the file lists a withdrawn code once per entity that gave it up
 * (e.g. DEM), and an active code like EUR once per entity using it.
 */
final class Currencies {
    static final String FILE = "currencies/codes-all.csv";

    private final Set<String> active;
    /** Absent for codes without minor units ("N.A.", e.g. gold XAU). */
    private final Map<String, Integer> minorUnits;

    private Currencies(Set<String> active, Map<String, Integer> minorUnits) {
        this.active = Set.copyOf(active);
        this.minorUnits = Map.copyOf(minorUnits);
    }

    static Currencies load() {
        Set<String> active = new HashSet<>();
        Map<String, Integer> minorUnits = new HashMap<>();
        // Columns: Entity,Currency,AlphabeticCode,NumericCode,MinorUnit,WithdrawalDate
        CsvResource.forEachRow(FILE, row -> {
            String code = CsvResource.field(row, 2);
            if (!CsvResource.isCode(code, 3, CsvResource::isUpperLetter) || !CsvResource.field(row, 5).isEmpty()) return;
            active.add(code);
            String minor = CsvResource.field(row, 4);
            if (!minor.isEmpty() && minor.chars().allMatch(CsvResource::isDigit)) minorUnits.put(code, Integer.parseInt(minor));
        });
        return new Currencies(active, minorUnits);
    }

    boolean contains(CurrencyCode code) { return code != null && active.contains(code.value()); }

    OptionalInt minorUnits(CurrencyCode code) {
        Integer units = code == null ? null : minorUnits.get(code.value());
        return units == null ? OptionalInt.empty() : OptionalInt.of(units);
    }

    int size() { return active.size(); }
}
