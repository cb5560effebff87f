package org.clearway.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearway.store.TestDatabase.unique;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.clearway.store.Database;
import org.clearway.store.Sha256;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditEntry;
import org.clearway.store.audit.AuditLogJdbc;
import org.junit.jupiter.api.Test;

class AccountAndTokenRepositoryJdbcTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final AccountRepositoryJdbc accounts = new AccountRepositoryJdbc(db, audit, Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    private final TokenRepositoryJdbc tokens = new TokenRepositoryJdbc(db);

    @Test
    void aCreatedAccountIsFoundListedAndItsCreationAudited() {
        String username = "trader" + unique().toLowerCase();
        Account created = accounts.create("admin", username, Role.DECLARANT, "GB123456789000", "Acme Imports Ltd", "$argon2id$x");

        assertThat(accounts.find(username)).contains(created);
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(accounts.exists(username)).isTrue();
        assertThat(accounts.exists("nobody" + unique())).isFalse();
        assertThat(accounts.list()).contains(created);
        AuditEntry entry = audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("account.create");
        assertThat(entry.subject()).isEqualTo(username);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.detail()).contains("DECLARANT").doesNotContain("argon2");
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        String username = "officer" + unique().toLowerCase();
        accounts.create(username, Role.OFFICER, null, "First", "h");
        long auditBefore = audit.latest(1).getFirst().seq();

        assertThatThrownBy(() -> accounts.create(username, Role.ADMIN, null, "Second", "h"))
                .isInstanceOf(AccountAlreadyExists.class).hasMessageContaining(username);
        assertThat(accounts.find(username).orElseThrow().role()).isEqualTo(Role.OFFICER);
        assertThat(audit.latest(1).getFirst().seq()).isEqualTo(auditBefore);
    }

    @Test
    void aTokenLogsItsAccountInUntilItExpiresAndExpiredTokensAreForgotten() {
        String username = "analyst" + unique().toLowerCase();
        Account account = accounts.create(username, Role.ANALYST, null, "Risk Analyst", "h");
        String token = "token-" + unique();
        String hash = Sha256.hex(token);
        tokens.store(hash, username, NOW.plus(Duration.ofHours(8)));
        String old = Sha256.hex("old-" + unique());
        tokens.store(old, username, NOW.minusSeconds(1));

        assertThat(tokens.findValid(hash, NOW)).contains(account);
        assertThat(tokens.findValid(hash, NOW.plus(Duration.ofHours(8)))).isEmpty();
        assertThat(tokens.findValid(old, NOW)).isEmpty();
        assertThat(tokens.findValid(Sha256.hex("never issued"), NOW)).isEmpty();

        assertThat(tokens.deleteExpired(NOW)).isGreaterThanOrEqualTo(1);
        int left = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM tokens WHERE token_hash = :h").bind("h", old)
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
        assertThat(tokens.findValid(hash, NOW)).contains(account);
        assertThat(tokens.delete(hash)).isTrue();
        assertThat(tokens.findValid(hash, NOW)).isEmpty();
    }
}
