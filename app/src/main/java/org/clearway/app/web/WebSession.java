package org.clearway.app.web;

import org.clearway.store.account.Account;

/** A signed-in browser: the account, the bearer token its cookie carries, and the token its forms must send back. */
record WebSession(Account account, String token, String csrf) {
    String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrf) + "\">";
    }
}
