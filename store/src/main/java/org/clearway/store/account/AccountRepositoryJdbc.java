package org.clearway.store.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.clearway.store.Database;
import org.clearway.store.SqlStates;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts in PostgreSQL; every change is recorded in the audit log in the same transaction. */
public final class AccountRepositoryJdbc {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final AuditLogJdbc audit;
    private final Clock clock;

    public AccountRepositoryJdbc(Database db, AuditLogJdbc audit, Clock clock) {
        this.jdbi = db.jdbi();
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an account on behalf of the system (e.g. the first administrator at installation). */
    public Account create(String username, Role role, String partyId, String displayName, String passwordHash) {
        return create("system", username, role, partyId, displayName, passwordHash);
    }

    /**
     * Creates an account, audited as done by {@code actor}.
     *
     * @throws AccountAlreadyExists if the username is taken
     */
    public Account create(String actor, String username, Role role, String partyId, String displayName, String passwordHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return jdbi.inTransaction(tx -> {
                tx.createUpdate("""
                        INSERT INTO accounts (username, role, party_id, display_name, password_hash, created_at)
                        VALUES (:username, :role, :partyId, :displayName, :passwordHash, :createdAt)""")
                        .bind("username", username).bind("role", role.name()).bind("partyId", partyId)
                        .bind("displayName", displayName).bind("passwordHash", passwordHash).bind("createdAt", now)
                        .execute();
                ObjectNode detail = JSON.createObjectNode() // never the password hash
                        .put("role", role.name()).put("partyId", partyId).put("displayName", displayName);
                audit.append(tx, actor, "account.create", username, detail.toString(), now);
                return new Account(username, role, partyId, displayName, passwordHash, now);
            });
        } catch (RuntimeException e) {
            if (SqlStates.isUniqueViolation(e, "accounts_pkey")) throw new AccountAlreadyExists(username);
            throw e;
        }
    }

    public Optional<Account> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE username = :username")
                .bind("username", username).map(AccountRepositoryJdbc::account).findOne());
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** All accounts, by username. */
    public List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts ORDER BY username")
                .map(AccountRepositoryJdbc::account).list());
    }

    static Account account(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("party_id"),
                rs.getString("display_name"), rs.getString("password_hash"), rs.getTimestamp("created_at").toInstant());
    }
}
