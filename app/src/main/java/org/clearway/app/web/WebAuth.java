package org.clearway.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.http.ApiProblem;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;

/**
 * Browser sessions on top of the API's bearer tokens: the session cookie (HttpOnly, SameSite=Strict)
 * carries the same token the API hands out, checked by the same {@link Authenticator}. Forms that
 * change something send a CSRF token derived from the session token with a key held by this process
 * (HMAC-SHA256), checked before the change.
 */
final class WebAuth {
    static final String COOKIE = "clearway_session";
    private final Authenticator authenticator;
    private final byte[] key = new byte[32];

    WebAuth(Authenticator authenticator) {
        this.authenticator = authenticator;
        new SecureRandom().nextBytes(key);
    }

    /** Raised when a page needs a signed-in account and there is none: answered with a redirect to the sign-in page. */
    static final class SignInNeeded extends RuntimeException {
        SignInNeeded() { super(null, null, false, false); }
    }

    Optional<WebSession> current(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || token.isBlank()) return Optional.empty();
        try {
            Account account = authenticator.authenticate("Bearer " + token);
            return Optional.of(new WebSession(account, token, csrf(token)));
        } catch (ApiProblem expiredOrUnknown) {
            return Optional.empty();
        }
    }

    WebSession require(Context ctx) {
        return current(ctx).orElseThrow(SignInNeeded::new);
    }

    /** The session, if its account has the role; otherwise 403 (a signed-in user sees why, not a sign-in page). */
    WebSession requireRole(Context ctx, Role role, String what) {
        WebSession s = require(ctx);
        if (s.account().role() != role) {
            String name = Layout.roleName(role);
            throw ApiProblem.forbidden("only " + ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " may " + what + "; you are signed in as " + Layout.roleName(s.account().role()));
        }
        return s;
    }

    WebSession requireStaff(Context ctx, String what) {
        WebSession s = require(ctx);
        if (s.account().role() == Role.DECLARANT) throw ApiProblem.forbidden("only customs staff may " + what);
        return s;
    }

    /** A form post: signed in, and carrying this session's CSRF token. */
    WebSession requirePost(Context ctx) {
        WebSession s = require(ctx);
        String sent = ctx.formParam("csrf");
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw ApiProblem.forbidden("the form's security token is missing or out of date; reload the page and try again");
        }
        return s;
    }

    static final String SIGN_IN_COOKIE = "clearway_signin";

    /**
     * Before sign-in there is no session to tie a form to, so the sign-in page sets a random value in
     * its own cookie and the form carries that value's HMAC: a sign-in posted from another site (which
     * would sign the victim into the attacker's account) has no such pair. Returns the form's token.
     */
    String signInFormToken(Context ctx) {
        String value = ctx.cookie(SIGN_IN_COOKIE);
        if (value == null || !value.matches("[A-Za-z0-9_-]{43}")) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.res().addHeader("Set-Cookie", SIGN_IN_COOKIE + "=" + value + "; Path=/sign-in; HttpOnly; SameSite=Strict; Max-Age=3600"
                    + (ctx.req().isSecure() ? "; Secure" : ""));
        }
        return csrf("sign-in:" + value);
    }

    boolean signInFormTokenValid(Context ctx) {
        String value = ctx.cookie(SIGN_IN_COOKIE);
        String sent = ctx.formParam("csrf");
        return value != null && sent != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), csrf("sign-in:" + value).getBytes(StandardCharsets.UTF_8));
    }

    Authenticator.Token signIn(Context ctx, String username, String password) {
        Authenticator.Token token = authenticator.signIn(username, password);
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token.token() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Authenticator.TOKEN_LIFETIME.toSeconds() + (ctx.req().isSecure() ? "; Secure" : ""));
        return token;
    }

    void signOut(Context ctx, WebSession session) {
        authenticator.signOut(session.token());
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    String csrf(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
