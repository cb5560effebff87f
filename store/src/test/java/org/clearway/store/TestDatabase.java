package org.clearway.store;

import java.nio.file.Path;
import java.util.UUID;

/**
 * One embedded PostgreSQL shared by the test classes that do not need a server of their own; it
 * lives under target/ and is stopped by Database's shutdown hook when the test JVM exits. Tests
 * sharing it keep apart by using their own owners, declarants and usernames.
 */
public final class TestDatabase {
    private static Database shared;

    private TestDatabase() {}

    public static synchronized Database shared() {
        if (shared == null) shared = Database.embedded(freshDataDir());
        return shared;
    }

    /** A data directory no other test uses. */
    public static Path freshDataDir() {
        return Path.of("target", "test-pg", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** A short unique suffix, for names that must not collide with other tests' rows. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
