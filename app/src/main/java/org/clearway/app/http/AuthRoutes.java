package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.util.List;
import org.clearway.app.auth.Authenticator;
import org.clearway.core.validation.Problem;
import org.clearway.store.account.Account;
import org.clearway.store.account.AccountAlreadyExists;
import org.clearway.store.account.AccountRepositoryJdbc;
import org.clearway.store.account.PasswordHasher;
import org.clearway.store.account.Role;

/** Sign-in (POST /api/v1/auth/token) and account administration (/api/v1/accounts, admin only). */
final class AuthRoutes {
    private final Authenticator auth;
    private final AccountRepositoryJdbc accounts;
    private final PasswordHasher hasher;

    AuthRoutes(Authenticator auth, AccountRepositoryJdbc accounts, PasswordHasher hasher) {
        this.auth = auth;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/token", ctx -> {
            ObjectNode body = Json.readObject(ctx);
            Authenticator.Token token = auth.signIn(Json.text(body, "username"), Json.text(body, "password"));
            ObjectNode answer = Json.object();
            answer.put("token", token.token());
            answer.put("expiresAt", token.expiresAt().toString());
            answer.put("username", token.account().username());
            answer.put("role", token.account().role().name());
            Json.send(ctx, 200, answer);
        });
        routes.get("/api/v1/accounts", ctx -> {
            requireAdmin(auth.authenticate(ctx.header("Authorization")));
            var list = Json.MAPPER.createArrayNode();
            accounts.list().forEach(a -> list.add(view(a)));
            ObjectNode answer = Json.object();
            answer.set("items", list);
            Json.send(ctx, 200, answer);
        });
        routes.post("/api/v1/accounts", ctx -> {
            Account admin = requireAdmin(auth.authenticate(ctx.header("Authorization")));
            ObjectNode body = Json.readObject(ctx);
            String username = Json.text(body, "username");
            String password = Json.text(body, "password");
            String roleText = Json.text(body, "role");
            Role role;
            try {
                role = Role.valueOf(roleText.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("bad role", List.of(new Problem("INVALID_VALUE", "role", "role must be one of DECLARANT, OFFICER, ANALYST, ADMIN")));
            }
            String partyId = body.path("partyId").asText(null);
            if (role == Role.DECLARANT && (partyId == null || partyId.isBlank())) {
                throw ApiProblem.badRequest("missing partyId", List.of(new Problem("REQUIRED_ELEMENT_MISSING", "partyId", "a declarant account needs the party id (EORI) it declares for")));
            }
            if (password.length() < 8) {
                throw ApiProblem.badRequest("weak password", List.of(new Problem("PASSWORD_TOO_SHORT", "password", "a password has at least 8 characters")));
            }
            String displayName = body.path("displayName").asText(username);
            try {
                Account created = accounts.create(admin.username(), username, role, partyId, displayName, hasher.hash(password));
                Json.send(ctx, 201, view(created));
            } catch (AccountAlreadyExists e) {
                throw ApiProblem.conflict("Account exists", "an account named " + username + " already exists");
            }
        });
    }

    private static Account requireAdmin(Account who) {
        if (who.role() != Role.ADMIN) throw ApiProblem.forbidden("only an admin may manage accounts");
        return who;
    }

    private static ObjectNode view(Account a) {
        ObjectNode o = Json.object();
        o.put("username", a.username()).put("role", a.role().name()).put("partyId", a.partyId())
                .put("displayName", a.displayName()).put("createdAt", a.createdAt().toString());
        return o;
    }
}
