package org.clearway.core.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as the lists write them ("Iran", "Russia", "Democratic People's Republic of Korea")
 * to ISO alpha-2 codes, from the bundled country list: the full name, or its first word when the
 * list writes a short form ("Syria" for "Syrian Arab Republic"). Only a tie-breaker for screening,
 * so a name it cannot place is simply left out.
 */
final class CountryNames {
    private static final String FILE = "/org/clearway/reference/countries/country-codes.csv";
    private static final CountryNames BUNDLED = load();

    private final Map<String, String> byName;
    private final Map<String, String> byFirstWord;

    private CountryNames(Map<String, String> byName, Map<String, String> byFirstWord) {
        this.byName = byName;
        this.byFirstWord = byFirstWord;
    }

    static CountryNames bundled() { return BUNDLED; }

    Optional<String> code(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String n = String.join(" ", NameNormaliser.rawTokens(name));
        if (n.length() == 2 && byName.containsValue(n.toUpperCase())) return Optional.of(n.toUpperCase());
        String c = byName.get(n);
        if (c != null) return Optional.of(c);
        String first = n.split(" ")[0];
        if (first.length() >= 4) {
            for (var e : byFirstWord.entrySet()) {
                if (e.getKey().startsWith(first)) return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static CountryNames load() {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byFirstWord = new HashMap<>();
        try (InputStream in = CountryNames.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from the core jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                if (comma != 2) continue;
                String code = line.substring(0, 2);
                String name = line.substring(3).replace("\"", "");
                String norm = String.join(" ", NameNormaliser.rawTokens(name));
                byName.putIfAbsent(norm, code);
                String first = norm.split(" ")[0];
                if (first.length() >= 4 && !first.equals("republic") && !first.equals("democratic")) byFirstWord.putIfAbsent(first, code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byName.putIfAbsent("russia", "RU");
        byName.putIfAbsent("iran", "IR");
        byName.putIfAbsent("north korea", "KP");
        byName.putIfAbsent("korea north", "KP");
        byName.putIfAbsent("syria", "SY");
        byName.putIfAbsent("venezuela", "VE");
        return new CountryNames(Map.copyOf(byName), Map.copyOf(byFirstWord));
    }
}
