package org.clearway.store.account;

import java.time.Instant;
import java.util.Optional;
import org.clearway.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * Bearer tokens, kept only as the SHA-256 hex of the token (see {@link org.clearway.store.Sha256}):
 * whoever reads the table cannot log in with what they read.
 */
public final class TokenRepositoryJdbc {
    private final Jdbi jdbi;

    public TokenRepositoryJdbc(Database db) {
        this.jdbi = db.jdbi();
    }

    public void store(String tokenHash, String username, Instant expiresAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO tokens (token_hash, username, expires_at) VALUES (:hash, :username, :expiresAt)")
                .bind("hash", tokenHash).bind("username", username).bind("expiresAt", expiresAt).execute());
    }

    /** The account the token belongs to, if the token exists and has not expired at {@code now}. */
    public Optional<Account> findValid(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.* FROM tokens t JOIN accounts a ON a.username = t.username
                        WHERE t.token_hash = :hash AND t.expires_at > :now""")
                .bind("hash", tokenHash).bind("now", now).map(AccountRepositoryJdbc::account).findOne());
    }

    /** Forgets one token (logout). */
    public boolean delete(String tokenHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM tokens WHERE token_hash = :hash").bind("hash", tokenHash).execute()) > 0;
    }

    /** Forgets the tokens expired at {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM tokens WHERE expires_at <= :now").bind("now", now).execute());
    }
}
