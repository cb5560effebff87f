package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.Test;

/** The watch-list page over plain HTTP: traders may not see it, only analysts import, and only with the form's token. */
class WatchListPagesHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = Servers.allRed().api().base();

    private HttpResponse<String> send(String method, String user, String form) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + "/analyst/watchlists")).header("Cookie", WebAuth.COOKIE + "=" + Servers.token(user));
        if (form != null) b.header("Content-Type", "application/x-www-form-urlencoded");
        return http.send(b.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tradersAreRefusedOfficersMayLookButNotImportAndAFormWithoutItsTokenIsRefused() throws Exception {
        assertThat(send("GET", "trader1", null).statusCode()).isEqualTo(403);
        var officer = send("GET", "officer1", null);
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).contains("OFAC-SDN").doesNotContain("Import the list");
        var officerPost = send("POST", "officer1", "name=x");
        assertThat(officerPost.statusCode()).isEqualTo(403);
        assertThat(officerPost.body()).contains("only an analyst may import watch lists");
        var noToken = send("POST", "analyst1", "name=x");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("security token");
    }
}
