package org.clearway.core.tariff;

import java.io.Reader;
import java.util.Optional;

/** Where a tariff's files are read from (the classpath for the bundled ones, a directory for an administration's own). */
@FunctionalInterface
public interface TariffSource {
    /** The named file, or empty when the tariff has none by that name. */
    Optional<Reader> open(String file);
}
