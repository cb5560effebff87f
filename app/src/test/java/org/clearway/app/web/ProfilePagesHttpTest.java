package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.Test;

/** The profile pages over plain HTTP: who may see and change, CSRF, escaping of what was typed. */
class ProfilePagesHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = Servers.allRed().api().base();

    private static String cookie(String user) { return WebAuth.COOKIE + "=" + Servers.token(user); }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie(user))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String user) throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/analyst/profiles", user).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void aTraderMayNotSeeProfilesAndAnOfficerSeesThemButMayNotWrite() throws Exception {
        assertThat(get("/analyst/profiles", "trader1").statusCode()).isEqualTo(403);
        var list = get("/analyst/profiles", "officer1");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Risk profiles</h1>").doesNotContain("Write a new profile");
        assertThat(get("/analyst/profiles/new", "officer1").statusCode()).isEqualTo(403);
        var write = post("/analyst/profiles", "officer1", "csrf=" + csrf("officer1") + "&name=x&expression=true&lane=RED&reason=r&validFrom=2026-01-01");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("only an analyst may create profiles");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndWhatWasTypedComesBackEscapedWithTheErrorAtItsLine() throws Exception {
        String form = "name=" + enc("<script>alert(1)</script>") + "&expression=" + enc("true &&\n  nope") + "&lane=RED&reason=r&validFrom=2026-01-01";
        assertThat(post("/analyst/profiles", "analyst1", form).statusCode()).isEqualTo(403);
        var refused = post("/analyst/profiles", "analyst1", "csrf=" + csrf("analyst1") + "&" + form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("id=\"e-expression\"").contains("line 2, column 3").contains("true &amp;&amp;\n  nope</textarea>");
    }
}
