package org.clearway.core.tariff;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tariffs bundled with Clearway, read from the classpath once and shared (they are immutable):
 * {@code us-hts-2024} (the US HTS 2024, USD, FOB, no VAT, de minimis 800 USD), {@code sample-eu}
 * (a small EU-style sample in the neutral format: EUR, CIF, 20 % VAT) and {@code gb-provisional}
 * (the foundation's UK-like settings with one flat 4 % duty, written in the neutral format).
 */
public final class Tariffs {
    public static final List<String> BUNDLED = List.of("gb-provisional", "us-hts-2024", "sample-eu");
    public static final String DEFAULT = "gb-provisional";
    private static final String ROOT = "/org/clearway/tariff/";
    private static final Map<String, LoadedTariff> LOADED = new ConcurrentHashMap<>();

    private Tariffs() {}

    public static LoadedTariff bundled(String id) {
        if (!BUNDLED.contains(id)) throw new IllegalArgumentException("no bundled tariff " + id + "; bundled: " + String.join(", ", BUNDLED));
        return LOADED.computeIfAbsent(id, k -> TariffReader.read(classpath(k)));
    }

    public static TariffSource classpath(String id) {
        return file -> {
            InputStream in = Tariffs.class.getResourceAsStream(ROOT + id + "/" + file);
            return Optional.<Reader>ofNullable(in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8));
        };
    }
}
