package org.clearway.app.web;

import io.javalin.http.Context;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.http.ApiProblem;

/** Sign-in and sign-out. */
final class SignInPages {
    private final WebAuth auth;

    SignInPages(WebAuth auth) { this.auth = auth; }

    void form(Context ctx) {
        render(ctx, 200, null, "", ctx.queryParam("next"));
    }

    void submit(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        String next = ctx.formParam("next");
        if (!auth.signInFormTokenValid(ctx)) {
            render(ctx, 400, "The sign-in form had expired. Please sign in again.", username, next);
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            render(ctx, 400, "Enter your username and your password.", username, next);
            return;
        }
        try {
            Authenticator.Token token = auth.signIn(ctx, username.trim(), password);
            ctx.redirect(safeNext(next) != null ? safeNext(next) : WebRoutes.home(token.account().role()), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiProblem wrong) {
            render(ctx, 401, "The username or the password is wrong.", username, next);
        }
    }

    void signOut(Context ctx) {
        WebSession s = auth.requirePost(ctx);
        auth.signOut(ctx, s);
        ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site (not //host or a scheme), so that the sign-in page cannot send anyone elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/sign-")) return null;
        return next;
    }

    private void render(Context ctx, int status, String error, String username, String next) {
        String n = safeNext(next);
        ctx.status(status);
        WebRoutes.html(ctx, "Sign in", null, """
                <h1>Sign in</h1>
                %s
                <form method="post" action="/sign-in" class="stack narrow">
                <input type="hidden" name="csrf" value="%s">
                %s
                <label for="username">Username</label>
                <input id="username" name="username" autocomplete="username" required value="%s"%s>
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
                </form>
                """.formatted(error == null ? "" : "<p class=\"problem\" role=\"alert\" id=\"signin-error\">" + Html.escape(error) + "</p>",
                Html.escape(auth.signInFormToken(ctx)),
                n == null ? "" : "<input type=\"hidden\" name=\"next\" value=\"" + Html.escape(n) + "\">",
                Html.escape(username), error == null ? " autofocus" : " aria-describedby=\"signin-error\" autofocus"));
    }
}
