package org.clearway.store.declaration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.Page;
import org.clearway.store.SqlStates;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Declarations and their lifecycle events in PostgreSQL. Every state change (lodge, act) writes the
 * declaration, its events and an audit entry in one transaction: all of it or none of it. The
 * lodgement's own steps (submitted, assessed, released at once) are kept in the declaration's row
 * (migration V11, {@link LodgementSteps}); what happens after is one event row a step.
 */
public final class DeclarationRepositoryJdbc {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            mrn, owner, declarant_id, lrn, type, status, lane, encode(content_hash, 'hex') AS content_hash, declaration::text AS declaration,
            assessment::text AS assessment, version, lodged_at, updated_at""";

    private final Jdbi jdbi;
    private final AuditLogJdbc audit;
    private final Clock clock;

    public DeclarationRepositoryJdbc(Database db, AuditLogJdbc audit, Clock clock) {
        this.jdbi = db.jdbi();
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StoredDeclaration> find(String mrn) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM declarations WHERE mrn = :mrn")
                .bind("mrn", mrn).map(DeclarationRepositoryJdbc::declaration).findOne());
    }

    public Optional<StoredDeclaration> findByLrn(String declarantId, String lrn) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM declarations WHERE declarant_id = :declarantId AND lrn = :lrn")
                .bind("declarantId", declarantId).bind("lrn", lrn).map(DeclarationRepositoryJdbc::declaration).findOne());
    }

    /** The declarations matching the query, newest first (or oldest first, as it says), with how many match in all. */
    public Page<StoredDeclaration> list(DeclarationQuery q) {
        Map<String, Object> args = new LinkedHashMap<>();
        String where = where(q, args);
        return jdbi.inTransaction(tx -> {
            long total = tx.createQuery("SELECT count(*) FROM declarations" + where)
                    .bindMap(args).mapTo(Long.class).one();
            List<StoredDeclaration> items = tx.createQuery("SELECT " + COLUMNS + " FROM declarations" + where
                            + (q.oldestFirst() ? " ORDER BY lodged_at, mrn" : " ORDER BY lodged_at DESC, mrn DESC") + " LIMIT :limit OFFSET :offset")
                    .bindMap(args).bind("limit", q.limit()).bind("offset", q.offset())
                    .map(DeclarationRepositoryJdbc::declaration).list();
            return new Page<>(items, total, q.limit(), q.offset());
        });
    }

    /** The list's WHERE clause for the query, with the values it binds put in {@code args}. */
    static String where(DeclarationQuery q, Map<String, Object> args) {
        StringBuilder where = new StringBuilder(" WHERE true");
        filter(where, args, "owner = :owner", "owner", q.owner());
        // status and lane as literals (enum names, never the caller's text): their indexes are partial
        // (migration V10), and PostgreSQL uses a partial index only when it can see the value
        if (q.status() != null) where.append(" AND status = '").append(q.status().name()).append('\'');
        if (q.lane() != null) where.append(" AND lane = '").append(q.lane().name()).append('\'');
        filter(where, args, "type = :type", "type", q.type() == null ? null : q.type().name());
        filter(where, args, "lodged_at >= :lodgedFrom", "lodgedFrom", q.lodgedFrom());
        filter(where, args, "lodged_at < :lodgedTo", "lodgedTo", q.lodgedTo());
        filter(where, args, "declarant_id = :declarantId", "declarantId", q.declarantId());
        return where.toString();
    }

    private static void filter(StringBuilder where, Map<String, Object> args, String condition, String name, Object value) {
        if (value == null) return;
        where.append(" AND ").append(condition);
        args.put(name, value);
    }

    /**
     * Lodges a declaration in one transaction: takes the next MRN sequence number, lets {@code decide}
     * build the MRN and decide status, lane and events from it, and stores the declaration, its events
     * and an audit entry.
     *
     * @throws LrnAlreadyUsed if the declarant already lodged this LRN (nothing is stored; re-read it)
     */
    public StoredDeclaration lodge(NewDeclaration n, Function<Long, Lodgement> decide) {
        Instant at = n.at().truncatedTo(ChronoUnit.MICROS);
        try {
            return jdbi.inTransaction(tx -> {
                long sequence = tx.createQuery("SELECT nextval('mrn_seq')").mapTo(Long.class).one();
                Lodgement l = decide.apply(sequence);
                StoredDeclaration stored = tx.createQuery("""
                        INSERT INTO declarations (mrn, owner, declarant_id, lrn, type, status, lane, content_hash,
                                                  declaration, assessment, version, lodged_at, updated_at,
                                                  lodgement_assessed, lodgement_released_lane)
                        VALUES (:mrn, :owner, :declarantId, :lrn, :type, :status, :lane, decode(:contentHash, 'hex'),
                                :declaration, :assessment, 1, :at, :at, :assessed, :releasedIn)
                        RETURNING\s""" + COLUMNS)
                        .bind("mrn", l.mrn()).bind("owner", n.owner()).bind("declarantId", n.declarantId())
                        .bind("lrn", n.lrn()).bind("type", n.type().name()).bind("status", l.status().name())
                        .bind("lane", l.lane() == null ? null : l.lane().name()).bind("contentHash", n.contentHash())
                        .bind("declaration", n.declarationJson()).bind("assessment", l.assessmentJson())
                        .bind("at", at).bind("assessed", l.assessedAsStored())
                        .bind("releasedIn", l.steps().releasedIn() == null ? null : l.steps().releasedIn().name())
                        .map(DeclarationRepositoryJdbc::declaration).one();
                ObjectNode detail = JSON.createObjectNode()
                        .put("declarantId", n.declarantId()).put("lrn", n.lrn()).put("type", n.type().name())
                        .put("status", l.status().name()).put("lane", l.lane() == null ? null : l.lane().name())
                        .put("contentHash", n.contentHash());
                l.steps().events().forEach(e -> detail.withArray("events").add(e.type().name()));
                audit.append(tx, n.actor(), "declaration.lodge", l.mrn(), detail.toString(), at);
                return stored;
            });
        } catch (RuntimeException e) {
            if (SqlStates.isUniqueViolation(e, "declarations_declarant_lrn_unique")) throw new LrnAlreadyUsed(n.declarantId(), n.lrn());
            throw e;
        }
    }

    /**
     * Acts on a declaration in one transaction: locks its row, lets the pure {@code change} decide
     * from the declaration as it stands, and writes the result with its events and audit entry.
     * A refusal writes nothing.
     */
    public ActResult act(String mrn, String actor, Function<StoredDeclaration, Change> change) {
        return jdbi.inTransaction(tx -> {
            Optional<StoredDeclaration> locked = tx.createQuery("SELECT " + COLUMNS + " FROM declarations WHERE mrn = :mrn FOR UPDATE")
                    .bind("mrn", mrn).map(DeclarationRepositoryJdbc::declaration).findOne();
            if (locked.isEmpty()) return new ActResult.NotFound(mrn);
            StoredDeclaration current = locked.get();
            return switch (change.apply(current)) {
                case Change.Refuse r -> new ActResult.Refused(r.message(), current);
                case Change.Apply a -> new ActResult.Applied(apply(tx, current, actor, a));
            };
        });
    }

    private StoredDeclaration apply(Handle tx, StoredDeclaration current, String actor, Change.Apply a) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredDeclaration updated = tx.createQuery("""
                        UPDATE declarations SET status = :status, lane = COALESCE(:lane, lane),
                               declaration = COALESCE(CAST(:declaration AS text), declaration),
                               content_hash = COALESCE(decode(:contentHash, 'hex'), content_hash),
                               assessment = COALESCE(CAST(:assessment AS text), assessment),
                               lodgement_assessed = CASE WHEN lodgement_assessed = '' AND CAST(:assessment AS text) IS NOT NULL
                                                         THEN CAST(:lodgementAssessed AS text) ELSE lodgement_assessed END,
                               version = version + 1, updated_at = :now
                        WHERE mrn = :mrn
                        RETURNING\s""" + COLUMNS)
                .bind("status", a.status().name()).bind("lane", a.lane() == null ? null : a.lane().name())
                .bind("declaration", a.declarationJson()).bind("contentHash", a.contentHash())
                .bind("assessment", a.assessmentJson()).bind("now", now).bind("mrn", current.mrn())
                // A new assessment replaces the one the lodgement's ASSESSED detail is derived from
                // (V12): that detail is written out first, derived from the assessment it replaces.
                .bind("lodgementAssessed", lodgementAssessedToWriteOut(a, current))
                .map(DeclarationRepositoryJdbc::declaration).one();
        appendEvents(tx, current.mrn(), a.events());
        audit.append(tx, actor, a.auditAction(), current.mrn(), a.auditDetail(), now);
        return updated;
    }

    /**
     * The declaration's lifecycle events in the order they happened (and were recorded): its lodgement's
     * steps, kept in its row (migration V11), then the event rows of what happened since. A declaration
     * lodged before V11 has all its events as rows.
     */
    public List<DeclarationEvent> events(String mrn) {
        return jdbi.inTransaction(h -> {
            List<DeclarationEvent> events = new ArrayList<>();
            h.createQuery("""
                            SELECT lodged_at, owner, lodgement_assessed, lodgement_released_lane,
                                   CASE lodgement_assessed WHEN '' THEN assessment END AS assessment
                            FROM declarations WHERE mrn = :mrn AND lodgement_assessed IS NOT NULL""")
                    .bind("mrn", mrn)
                    .map((rs, ctx) -> new LodgementSteps(rs.getTimestamp("lodged_at").toInstant(), rs.getString("owner"),
                            assessed(rs.getString("lodgement_assessed"), rs.getString("assessment")),
                            lane(rs.getString("lodgement_released_lane"))))
                    .findOne().ifPresent(steps -> events.addAll(steps.events()));
            h.createQuery("SELECT * FROM declaration_events WHERE mrn = :mrn ORDER BY at, id")
                    .bind("mrn", mrn).map((rs, ctx) -> new DeclarationEvent(
                            EventType.valueOf(rs.getString("type")), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                            status(rs.getString("from_status")), DeclarationStatus.valueOf(rs.getString("to_status")),
                            rs.getString("detail")))
                    .forEach(events::add);
            return events;
        });
    }

    private static void appendEvents(Handle tx, String mrn, List<DeclarationEvent> events) {
        if (events.isEmpty()) return;
        var batch = tx.prepareBatch("""
                INSERT INTO declaration_events (mrn, type, at, actor, from_status, to_status, detail)
                VALUES (:mrn, :type, :at, :actor, :from, :to, :detail)""");
        for (DeclarationEvent e : events) {
            batch.bind("mrn", mrn).bind("type", e.type().name()).bind("at", e.at().truncatedTo(ChronoUnit.MICROS))
                    .bind("actor", e.actor()).bind("from", e.from() == null ? null : e.from().name())
                    .bind("to", e.to().name()).bind("detail", e.detail()).add();
        }
        batch.execute();
    }

    /**
     * The lodgement's ASSESSED detail derived from the assessment a change replaces, for a row that
     * keeps it as '' (V12); null when the change keeps the assessment. A row lodged before V12 keeps its
     * detail as text and needs none: there an assessment that cannot be read back (a corrupted record)
     * gives null too, and where the row does keep '' the trigger then refuses the change.
     */
    private static String lodgementAssessedToWriteOut(Change.Apply a, StoredDeclaration current) {
        if (a.assessmentJson() == null || current.assessmentJson() == null) return null;
        try {
            return LodgementAssessed.fromAssessment(current.assessmentJson());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String assessed(String stored, String assessmentJson) {
        return stored.equals(LodgementAssessed.DERIVED) ? LodgementAssessed.fromAssessment(assessmentJson) : stored;
    }

    private static DeclarationStatus status(String s) {
        return s == null ? null : DeclarationStatus.valueOf(s);
    }

    private static Lane lane(String name) {
        return name == null ? null : Lane.valueOf(name);
    }

    private static StoredDeclaration declaration(ResultSet rs, StatementContext ctx) throws SQLException {
        String lane = rs.getString("lane");
        return new StoredDeclaration(rs.getString("mrn"), rs.getString("owner"), rs.getString("declarant_id"),
                rs.getString("lrn"), DeclarationType.valueOf(rs.getString("type")),
                DeclarationStatus.valueOf(rs.getString("status")), lane == null ? null : Lane.valueOf(lane),
                rs.getString("content_hash"), rs.getString("declaration"), rs.getString("assessment"),
                rs.getInt("version"), rs.getTimestamp("lodged_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
