package org.clearway.app.tariff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clearway.core.tariff.LoadedTariff;
import org.clearway.core.tariff.TariffReader;
import org.clearway.core.tariff.Tariffs;

/** The tariff chosen on the command line: a bundled one by id, or an administration's own directory in the neutral format. */
public final class TariffChoice {
    private TariffChoice() {}

    public static LoadedTariff load(String idOrDirectory) {
        if (Tariffs.BUNDLED.contains(idOrDirectory)) return Tariffs.bundled(idOrDirectory);
        Path dir = Path.of(idOrDirectory);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--tariff " + idOrDirectory + " is neither a bundled tariff ("
                    + String.join(", ", Tariffs.BUNDLED) + ") nor a directory");
        }
        return TariffReader.read(file -> {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p)) return Optional.empty();
            try {
                return Optional.<Reader>of(Files.newBufferedReader(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
