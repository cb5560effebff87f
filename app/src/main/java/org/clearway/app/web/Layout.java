package org.clearway.app.web;

import org.clearway.store.account.Account;
import org.clearway.store.account.Role;

/** The frame of every page: skip link, header with the signed-in account and its menu, the main content. */
final class Layout {
    private Layout() {}

    static String page(String title, WebSession session, String main) {
        StringBuilder nav = new StringBuilder();
        if (session != null) {
            Account who = session.account();
            nav.append("<nav aria-label=\"Main\"><ul>");
            if (who.role() == Role.DECLARANT) {
                nav.append(link("/trader/declarations", "My declarations")).append(link("/trader/lodge", "Lodge a declaration"));
            } else {
                nav.append(link("/officer/queue", "Work queue")).append(link("/dashboard", "Dashboard")).append(link("/analyst/profiles", "Risk profiles"))
                        .append(link(WatchListPages.BASE, "Watch lists"));
            }
            nav.append("</ul></nav>");
            nav.append("<form class=\"signout\" method=\"post\" action=\"/sign-out\">")
                    .append(session.csrfField())
                    .append("<span>").append(Html.escape(who.displayName())).append(" (").append(Html.escape(roleName(who.role()))).append(")</span> ")
                    .append("<button type=\"submit\">Sign out</button></form>");
        }
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Clearway</title>
                <link rel="stylesheet" href="/static/clearway.css">
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header><a class="brand" href="/">Clearway</a>%s</header>
                <main id="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.escape(title), nav, main);
    }

    static String roleName(Role role) {
        return switch (role) {
            case DECLARANT -> "trader";
            case OFFICER -> "officer";
            case ANALYST -> "analyst";
            case ADMIN -> "administrator";
        };
    }

    private static String link(String href, String text) {
        return "<li><a href=\"" + href + "\">" + Html.escape(text) + "</a></li>";
    }
}
