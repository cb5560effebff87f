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

    public String describe() {
        return dbUrl != null ? "external PostgreSQL at " + dbUrl : "embedded PostgreSQL in " + dataDir.toAbsolutePath().normalize();
    }
}
