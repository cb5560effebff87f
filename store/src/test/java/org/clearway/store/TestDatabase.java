package org.clearway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * One embedded PostgreSQL shared by the test classes that do not need a server of their own; it
 * lives under target/ and is stopped by Database's shutdown hook when the test JVM exits. Tests
 * sharing it keep apart by using their own owners, declarants and usernames.
 */
public final class TestDatabase {
    private static final Path ROOT = Path.of("target", "test-pg").toAbsolutePath();
    private static Database shared;

    static {
        // each data directory holds a whole cluster (~40 MB): clear those of earlier runs
        if (Files.isDirectory(ROOT)) {
            try (Stream<Path> old = Files.walk(ROOT)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a leftover directory only costs disk space
            }
        }
    }

    private TestDatabase() {}

    public static synchronized Database shared() {
        if (shared == null) shared = Database.embedded(freshDataDir());
        return shared;
    }

    /** A data directory no other test uses. */
    public static Path freshDataDir() {
        return ROOT.resolve(UUID.randomUUID().toString());
    }

    /** A short unique suffix, for names that must not collide with other tests' rows. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
