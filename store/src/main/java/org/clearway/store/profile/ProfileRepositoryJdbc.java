package org.clearway.store.profile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.profile.FourEyes;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileScope;
import org.clearway.core.profile.ProfileStatus;
import org.clearway.core.profile.ValidityPeriod;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Selectivity profiles and their versions in PostgreSQL. Every change locks the profile's row,
 * applies the four-eyes workflow ({@link FourEyes}) and writes an audit entry in the same
 * transaction, so the audit trail names who wrote, submitted, approved and retired each version.
 * Expressions are compiled by the caller before they get here; this class stores what it is given.
 */
public final class ProfileRepositoryJdbc {
    private final Jdbi jdbi;
    private final AuditLogJdbc audit;

    public ProfileRepositoryJdbc(Database db, AuditLogJdbc audit) {
        this.jdbi = db.jdbi();
        this.audit = audit;
    }

    /** An analyst creates a profile: version 1, a draft. */
    public StoredProfile create(String analyst, ProfileDefinition definition, Instant now) {
        return jdbi.inTransaction(tx -> {
            long id = tx.createUpdate("INSERT INTO profiles (owner, created_at) VALUES (:owner, :at)")
                    .bind("owner", analyst).bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertVersion(tx, id, 1, definition, analyst, now);
            audit.append(tx, analyst, "profile.create", "profile " + id, "version 1 drafted: " + definition.name(), now);
            return load(tx, id).orElseThrow();
        });
    }

    /** An analyst changes a profile: the pending version is written over (and must be submitted again), or the next version is drafted. */
    public ProfileChange update(long id, String analyst, ProfileDefinition definition, Instant now) {
        return change(id, (tx, profile) -> {
            StoredProfileVersion latest = profile.latest();
            int version;
            if (FourEyes.changeReplaces(latest.status())) {
                version = latest.version();
                tx.createUpdate("DELETE FROM profile_versions WHERE profile_id = :id AND version = :v")
                        .bind("id", id).bind("v", version).execute();
            } else {
                version = latest.version() + 1;
            }
            insertVersion(tx, id, version, definition, analyst, now);
            audit.append(tx, analyst, "profile.update", "profile " + id, "version " + version + " drafted: " + definition.name(), now);
            return null;
        });
    }

    public ProfileChange submit(long id, String analyst, Instant now) {
        return change(id, (tx, profile) -> {
            StoredProfileVersion latest = profile.latest();
            return switch (FourEyes.submit(latest.status())) {
                case FourEyes.Step.Refused r -> r.message();
                case FourEyes.Step.Moved m -> {
                    tx.createUpdate("UPDATE profile_versions SET status = :s, submitted_by = :who, submitted_at = :at WHERE profile_id = :id AND version = :v")
                            .bind("s", m.to().name()).bind("who", analyst).bind("at", now).bind("id", id).bind("v", latest.version()).execute();
                    audit.append(tx, analyst, "profile.submit", "profile " + id, "version " + latest.version() + " submitted for approval", now);
                    yield null;
                }
            };
        });
    }

    /** A second analyst approves the submitted version: it comes into force and the one it replaces is superseded. */
    public ProfileChange approve(long id, String analyst, Instant now) {
        return change(id, (tx, profile) -> {
            StoredProfileVersion latest = profile.latest();
            return switch (FourEyes.approve(latest.status(), latest.author(), latest.submittedBy(), analyst)) {
                case FourEyes.Step.Refused r -> r.message();
                case FourEyes.Step.Moved m -> {
                    tx.createUpdate("UPDATE profile_versions SET status = 'SUPERSEDED' WHERE profile_id = :id AND status = 'ACTIVE'")
                            .bind("id", id).execute();
                    tx.createUpdate("UPDATE profile_versions SET status = :s, approved_by = :who, approved_at = :at WHERE profile_id = :id AND version = :v")
                            .bind("s", m.to().name()).bind("who", analyst).bind("at", now).bind("id", id).bind("v", latest.version()).execute();
                    audit.append(tx, analyst, "profile.approve", "profile " + id,
                            "version " + latest.version() + " approved (written by " + latest.author() + ", submitted by " + latest.submittedBy() + "); in force", now);
                    yield null;
                }
            };
        });
    }

    /** An analyst takes the profile out of force. */
    public ProfileChange retire(long id, String analyst, String reason, Instant now) {
        return change(id, (tx, profile) -> {
            Optional<StoredProfileVersion> active = profile.active();
            if (active.isEmpty()) return "only an active profile can be retired; profile " + id + " has no version in force";
            return switch (FourEyes.retire(active.get().status())) {
                case FourEyes.Step.Refused r -> r.message();
                case FourEyes.Step.Moved m -> {
                    tx.createUpdate("UPDATE profile_versions SET status = :s, retired_by = :who, retired_at = :at WHERE profile_id = :id AND version = :v")
                            .bind("s", m.to().name()).bind("who", analyst).bind("at", now).bind("id", id).bind("v", active.get().version()).execute();
                    audit.append(tx, analyst, "profile.retire", "profile " + id, "version " + active.get().version() + " retired: " + reason, now);
                    yield null;
                }
            };
        });
    }

    public Optional<StoredProfile> find(long id) {
        return jdbi.withHandle(h -> load(h, id));
    }

    /** Every profile with its versions, newest profile first. */
    public List<StoredProfile> list() {
        return jdbi.withHandle(h -> group(h.createQuery("""
                SELECT p.owner, p.created_at AS profile_created_at, v.* FROM profiles p JOIN profile_versions v ON v.profile_id = p.id
                ORDER BY p.id DESC, v.version""").map(ProfileRepositoryJdbc::row).list()));
    }

    /** The versions in force, by profile id: what the assessment snapshot is built from. */
    public List<StoredProfileVersion> active() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT p.owner, p.created_at AS profile_created_at, v.* FROM profiles p JOIN profile_versions v ON v.profile_id = p.id
                WHERE v.status = 'ACTIVE' ORDER BY p.id""").map(ProfileRepositoryJdbc::row).list()
                .stream().map(Row::version).toList());
    }

    /** A step of the workflow: returns null when applied, or the refusal's message. */
    private interface Step {
        String apply(Handle tx, StoredProfile profile);
    }

    private ProfileChange change(long id, Step step) {
        return jdbi.inTransaction(tx -> {
            boolean exists = tx.createQuery("SELECT id FROM profiles WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne().isPresent();
            if (!exists) return new ProfileChange.NotFound(id);
            StoredProfile before = load(tx, id).orElseThrow();
            String refusal = step.apply(tx, before);
            if (refusal != null) return new ProfileChange.Refused(refusal, before);
            return new ProfileChange.Done(load(tx, id).orElseThrow());
        });
    }

    private static void insertVersion(Handle tx, long id, int version, ProfileDefinition d, String author, Instant now) {
        Lane lane = d.action() instanceof ProfileAction.SendTo(var l) ? l : null;
        Integer score = d.action() instanceof ProfileAction.AddScore(var points) ? points : null;
        tx.createUpdate("""
                INSERT INTO profile_versions (profile_id, version, status, name, expression, lane, score, reason, valid_from, valid_to,
                                              offices, types, aeo_exempt, author, written_at)
                VALUES (:id, :version, 'DRAFT', :name, :expression, :lane, :score, :reason, :from, :to, :offices, :types, :aeoExempt, :author, :at)""")
                .bind("id", id).bind("version", version).bind("name", d.name()).bind("expression", d.expression())
                .bind("lane", lane == null ? null : lane.name()).bind("score", score).bind("reason", d.reason())
                .bind("from", d.validity().start()).bind("to", d.validity().endOrNull())
                .bindArray("offices", String.class, d.scope().offices().stream().sorted().toList())
                .bindArray("types", String.class, d.scope().types().stream().map(Enum::name).sorted().toList())
                .bind("aeoExempt", d.aeoExempt()).bind("author", author).bind("at", now)
                .execute();
    }

    private static Optional<StoredProfile> load(Handle h, long id) {
        List<StoredProfile> found = group(h.createQuery("""
                SELECT p.owner, p.created_at AS profile_created_at, v.* FROM profiles p JOIN profile_versions v ON v.profile_id = p.id
                WHERE p.id = :id ORDER BY v.version""").bind("id", id).map(ProfileRepositoryJdbc::row).list());
        return found.stream().findFirst();
    }

    private record Row(String owner, Instant createdAt, StoredProfileVersion version) {}

    private static List<StoredProfile> group(List<Row> rows) {
        Map<Long, List<Row>> byProfile = new LinkedHashMap<>();
        for (Row r : rows) byProfile.computeIfAbsent(r.version().profileId(), k -> new ArrayList<>()).add(r);
        List<StoredProfile> out = new ArrayList<>();
        byProfile.forEach((id, rs) -> out.add(new StoredProfile(id, rs.getFirst().owner(), rs.getFirst().createdAt(),
                rs.stream().map(Row::version).toList())));
        return out;
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        String lane = rs.getString("lane");
        ProfileAction action = lane != null ? new ProfileAction.SendTo(Lane.valueOf(lane)) : new ProfileAction.AddScore(rs.getInt("score"));
        LocalDate to = rs.getObject("valid_to", LocalDate.class);
        Set<DeclarationType> types = new HashSet<>();
        for (String t : strings(rs.getArray("types"))) types.add(DeclarationType.valueOf(t));
        var definition = new ProfileDefinition(rs.getString("name"), rs.getString("expression"), action, rs.getString("reason"),
                new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), to),
                new ProfileScope(new HashSet<>(strings(rs.getArray("offices"))), types), rs.getBoolean("aeo_exempt"));
        var version = new StoredProfileVersion(rs.getLong("profile_id"), rs.getInt("version"), ProfileStatus.valueOf(rs.getString("status")),
                definition, rs.getString("author"), instant(rs, "written_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("retired_by"), instant(rs, "retired_at"));
        return new Row(rs.getString("owner"), instant(rs, "profile_created_at"), version);
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
