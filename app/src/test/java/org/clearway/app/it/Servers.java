package org.clearway.app.it;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.store.Database;

/**
 * The servers the HTTP tests share, started once per test JVM: one embedded PostgreSQL with the demo
 * accounts and sample declarations, and on it up to three Clearway servers that differ only in their
 * random-selection rates: the defaults, everything red, everything yellow. Tokens are stored in the
 * database, so a token from one server is good on the others. Stopped by a shutdown hook.
 *
 * <p>Tests keep apart by lodging under fresh LRNs; none of them assumes an empty database.
 */
public final class Servers {
    /** Random selection off: every declaration goes red (held for a physical check). */
    public static final Administration ALL_RED = Administration.defaults().withRandomRates(1.0, 0.0, 7L).withAeoRandomShare(1.0);
    /** Every declaration goes yellow (held for a documentary check). */
    public static final Administration ALL_YELLOW = Administration.defaults().withRandomRates(0.0, 1.0, 7L).withAeoRandomShare(1.0);

    private static Database database;
    private static final Map<Administration, Running> RUNNING = new ConcurrentHashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    public record Running(Clearway app, ApiServer server, Api api) {}

    private Servers() {}

    /** The server with the default (UK-like) administration: 2 % red, 5 % yellow, the rest green. */
    public static Running standard() { return running(Administration.defaults()); }

    public static Running allRed() { return running(ALL_RED); }

    public static Running allYellow() { return running(ALL_YELLOW); }

    /** A demo account's token (its password is its name), signed in once per test JVM. */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> standard().api().signIn(u, u));
    }

    public static synchronized Database database() {
        if (database == null) {
            database = Database.embedded(freshDataDir());
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                RUNNING.values().forEach(r -> r.server().close());
                database.close();
            }));
        }
        return database;
    }

    private static synchronized Running running(Administration administration) {
        Running r = RUNNING.get(administration);
        if (r != null) return r;
        // Clearway.close() would stop the shared database, so these apps are never closed one by one
        Clearway app = new Clearway(database(), administration, Clock.systemUTC());
        if (RUNNING.isEmpty()) new DemoData(app).ensure();
        ApiServer server = ApiServer.start(app, "127.0.0.1", 0);
        r = new Running(app, server, new Api(server.port()));
        RUNNING.put(administration, r);
        return r;
    }

    /** A data directory no other test uses, under target/. */
    public static Path freshDataDir() {
        return Path.of("target", "test-pg", UUID.randomUUID().toString()).toAbsolutePath();
    }
}
