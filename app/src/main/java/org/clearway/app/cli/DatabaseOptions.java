package org.clearway.app.cli;

import java.nio.file.Path;
import org.clearway.store.Database;
import picocli.CommandLine.Option;

/** Where the data lives: the embedded PostgreSQL under --data-dir, or an external server by --db-url. */
public final class DatabaseOptions {
    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Directory of the embedded PostgreSQL database (created if missing; kept across restarts). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Use an external PostgreSQL instead of the embedded one, e.g. jdbc:postgresql://localhost:5432/clearway")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:CLEARWAY_DB_USER:-clearway}", paramLabel = "USER",
            description = "User for --db-url (default: $CLEARWAY_DB_USER or clearway)")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:CLEARWAY_DB_PASSWORD:-}", paramLabel = "PASSWORD",
            description = "Password for --db-url (default: $CLEARWAY_DB_PASSWORD)")
    String dbPassword;

    public Database open() {
        return dbUrl != null ? Database.external(dbUrl, dbUser, dbPassword) : Database.embedded(dataDir.toAbsolutePath().normalize());
    }

    /**
     * For commands run beside a server (audit verify): if a running Clearway holds the embedded
     * database, connect to its PostgreSQL (port from postmaster.pid, loopback only) instead of
     * failing; otherwise start the embedded database as {@link #open()} does.
     */
    public Database openOrAttach() {
        if (dbUrl != null) return open();
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            return Database.embedded(dir);
        } catch (IllegalStateException inUse) {
            Path pid = dir.resolve("pg").resolve("postmaster.pid");
            try {
                // postmaster.pid: line 4 is the port the server listens on
                String port = java.nio.file.Files.readAllLines(pid).get(3).trim();
                return Database.external("jdbc:postgresql://127.0.0.1:" + Integer.parseInt(port) + "/postgres", "postgres", "");
            } catch (java.io.IOException | RuntimeException e) {
                throw new IllegalStateException(inUse.getMessage() + "; and its PostgreSQL could not be reached (" + e.getMessage() + ")", inUse);
            }
        }
    }

    public String describe() {
        return dbUrl != null ? "external PostgreSQL at " + dbUrl : "embedded PostgreSQL in " + dataDir.toAbsolutePath().normalize();
    }
}
