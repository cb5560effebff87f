package org.clearway.app.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.clearway.app.http.ApiProblem;
import org.clearway.store.Sha256;
import org.clearway.store.account.Account;
import org.clearway.store.account.AccountRepositoryJdbc;
import org.clearway.store.account.PasswordHasher;
import org.clearway.store.account.TokenRepositoryJdbc;

/**
 * Signs accounts in with a password and hands out opaque bearer tokens. Only the token's SHA-256 is
 * stored, so a copy of the database gives nobody a usable token; tokens survive a restart and expire.
 */
public final class Authenticator {
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private final AccountRepositoryJdbc accounts;
    private final TokenRepositoryJdbc tokens;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // Verified against when the username is unknown, so that a wrong username costs as long as a wrong password.
    private final String decoyHash;

    public record Token(String token, Instant expiresAt, Account account) {}

    public Authenticator(AccountRepositoryJdbc accounts, TokenRepositoryJdbc tokens, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-" + random.nextLong());
    }

    public Token signIn(String username, String password) {
        Optional<Account> account = accounts.find(username);
        boolean ok = hasher.verify(password, account.map(Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !ok) {
            throw ApiProblem.unauthorized("wrong username or password");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(TOKEN_LIFETIME);
        tokens.store(Sha256.hex(token), username, expires);
        return new Token(token, expires, account.get());
    }

    /** Ends a token's validity before it expires (signing out); unknown tokens are ignored. */
    public void signOut(String token) {
        tokens.delete(Sha256.hex(token));
    }

    /** The account behind an {@code Authorization: Bearer ...} header value. */
    public Account authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthorized("send Authorization: Bearer <token>; get a token from POST /api/v1/auth/token");
        }
        String token = authorization.substring(7).trim();
        return tokens.findValid(Sha256.hex(token), clock.instant())
                .orElseThrow(() -> ApiProblem.unauthorized("the token is unknown or has expired; sign in again"));
    }
}
