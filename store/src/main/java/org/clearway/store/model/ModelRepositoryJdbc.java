package org.clearway.store.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Versions of the targeting model in PostgreSQL. Storing, activating and rolling back are audited in
 * the same transaction. Rollback returns to the version that was active before the current one.
 */
public final class ModelRepositoryJdbc {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "version, created_at, created_by, source, window_start, window_end, rows, frauds, features, metrics, active";

    /** Why an activation or rollback was refused, in words for the caller. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) { super(message); }
    }

    private final Jdbi jdbi;
    private final AuditLogJdbc audit;
    private final Clock clock;

    public ModelRepositoryJdbc(Database db, AuditLogJdbc audit, Clock clock) {
        this.jdbi = db.jdbi();
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a new, inactive version. */
    public ModelVersion store(String actor, NewModelVersion m) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(tx -> {
            long version = tx.createUpdate("""
                    INSERT INTO models (created_at, created_by, source, window_start, window_end, rows, frauds, features, metrics, model)
                    VALUES (:at, :actor, :source, :ws, :we, :rows, :frauds, CAST(:features AS jsonb), CAST(:metrics AS jsonb), :model)""")
                    .bind("at", now).bind("actor", actor).bind("source", m.source()).bind("ws", m.windowStart()).bind("we", m.windowEnd())
                    .bind("rows", m.rows()).bind("frauds", m.frauds()).bind("features", json(m.features())).bind("metrics", m.metricsJson())
                    .bind("model", m.model())
                    .executeAndReturnGeneratedKeys("version").mapTo(Long.class).one();
            audit.append(tx, actor, "model.store", "model " + version, "{\"source\":" + json(m.source()) + ",\"rows\":" + m.rows() + "}", now);
            return find(tx, version).orElseThrow();
        });
    }

    public List<ModelVersion> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM models ORDER BY version DESC").map(ModelRepositoryJdbc::map).list());
    }

    public Optional<ModelVersion> find(long version) {
        return jdbi.withHandle(h -> find(h, version));
    }

    public Optional<ModelVersion> active() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM models WHERE active").map(ModelRepositoryJdbc::map).findOne());
    }

    /** The serialized model of a version. */
    public Optional<byte[]> bytes(long version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT model FROM models WHERE version = :v").bind("v", version).mapTo(byte[].class).findOne());
    }

    /** Makes {@code version} the active one (the previously active one stops being active). */
    public ModelVersion activate(String actor, long version) {
        return jdbi.inTransaction(tx -> {
            lock(tx);
            ModelVersion target = find(tx, version).orElseThrow(() -> new Refused("there is no model version " + version));
            if (target.active()) throw new Refused("model version " + version + " is already active");
            switchTo(tx, actor, version, "activate");
            return find(tx, version).orElseThrow();
        });
    }

    /** Returns to the version that was active before the current one. */
    public ModelVersion rollback(String actor) {
        return jdbi.inTransaction(tx -> {
            lock(tx);
            List<Long> history = tx.createQuery("SELECT version FROM model_activations ORDER BY id DESC").mapTo(Long.class).list();
            Long current = tx.createQuery("SELECT version FROM models WHERE active").mapTo(Long.class).findOne().orElse(null);
            if (current == null) throw new Refused("no model is active, so there is nothing to roll back");
            Long previous = history.stream().filter(v -> !v.equals(current)).findFirst()
                    .orElseThrow(() -> new Refused("model version " + current + " is the only one ever activated; there is nothing to roll back to"));
            switchTo(tx, actor, previous, "rollback");
            return find(tx, previous).orElseThrow();
        });
    }

    private void switchTo(Handle tx, String actor, long version, String action) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.createUpdate("UPDATE models SET active = false WHERE active").execute();
        tx.createUpdate("UPDATE models SET active = true WHERE version = :v").bind("v", version).execute();
        tx.createUpdate("INSERT INTO model_activations (version, at, actor, action) VALUES (:v, :at, :actor, :action)")
                .bind("v", version).bind("at", now).bind("actor", actor).bind("action", action).execute();
        audit.append(tx, actor, "model." + action, "model " + version, null, now);
    }

    /** Serializes activations and rollbacks so two at once cannot leave two versions active. */
    private static void lock(Handle tx) {
        tx.execute("LOCK TABLE model_activations IN EXCLUSIVE MODE");
    }

    private static Optional<ModelVersion> find(Handle h, long version) {
        return h.createQuery("SELECT " + COLUMNS + " FROM models WHERE version = :v").bind("v", version).map(ModelRepositoryJdbc::map).findOne();
    }

    private static ModelVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
        try {
            return new ModelVersion(rs.getLong("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                    rs.getString("source"), rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class),
                    rs.getInt("rows"), rs.getInt("frauds"), JSON.readValue(rs.getString("features"), new TypeReference<List<String>>() {}),
                    rs.getString("metrics"), rs.getBoolean("active"));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable feature list of model " + rs.getLong("version"), e);
        }
    }

    private static String json(Object o) {
        try { return JSON.writeValueAsString(o); } catch (JsonProcessingException e) { throw new IllegalArgumentException(e); }
    }
}
