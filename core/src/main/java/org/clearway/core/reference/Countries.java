package org.clearway.core.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 alpha-2 countries with their English short names, from the bundled derived file. */
final class Countries {
    static final String FILE = "countries/country-codes.csv";

    private final Map<String, String> names;
    /**
     * The names again, at {@code 26 * (first letter) + (second letter)}: a country code is two
     * capitals (checked where it is made), and every declaration asks several times.
     */
    private final String[] byLetters = new String[26 * 26];

    private Countries(Map<String, String> names) {
        this.names = Map.copyOf(names);
        this.names.forEach((code, name) -> byLetters[index(code)] = name);
    }

    private static int index(String code) {
        return 26 * (code.charAt(0) - 'A') + (code.charAt(1) - 'A');
    }

    /** Rows without an alpha-2 code (e.g. areas without an ISO code) are left out. */
    static Countries load() {
        Map<String, String> names = new HashMap<>(512);
        CsvResource.forEachRow(FILE, row -> {
            String code = CsvResource.field(row, 0);
            if (CsvResource.isCode(code, 2, CsvResource::isUpperLetter)) names.put(code, CsvResource.field(row, 1));
        });
        return new Countries(names);
    }

    boolean contains(CountryCode code) { return code != null && byLetters[index(code.value())] != null; }

    Optional<String> name(CountryCode code) { return code == null ? Optional.empty() : Optional.ofNullable(byLetters[index(code.value())]); }

    int size() { return names.size(); }
}
