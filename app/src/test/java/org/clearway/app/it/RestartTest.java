package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import org.clearway.app.Clearway;
import org.clearway.app.http.ApiServer;
import org.clearway.store.Database;
import org.clearway.store.account.Role;
import org.junit.jupiter.api.Test;

/** Stopping and starting Clearway on the same data directory loses nothing a user relies on. */
class RestartTest {

    @Test
    void declarations_their_events_and_tokens_survive_a_restart() {
        Path dir = Servers.freshDataDir();
        String token;
        String mrn;
        JsonNode before;
        JsonNode eventsBefore;
        try (Clearway app = new Clearway(Database.embedded(dir), Servers.ALL_RED, Clock.systemUTC());
             ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            app.accounts().create("test", "trader1", Role.DECLARANT, Examples.TRADER1_PARTY, "Northwind", app.passwordHasher().hash("trader1"));
            app.accounts().create("test", "officer1", Role.OFFICER, null, "Officer", app.passwordHasher().hash("officer1"));
            Api api = new Api(server.port());
            token = api.signIn("trader1", "trader1");
            Api.Answer lodged = api.lodge(token, Examples.withFreshLrn("import-valid.json"));
            assertThat(lodged.status()).isEqualTo(201);
            mrn = lodged.json().path("mrn").asText();
            assertThat(api.post("/api/v1/declarations/" + mrn + "/inspection-start", api.signIn("officer1", "officer1"), "").status()).isEqualTo(200);
            // a second Clearway on the same directory is refused while this one runs
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.embedded(dir))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
            before = api.get("/api/v1/declarations/" + mrn, token).json();
            eventsBefore = api.get("/api/v1/declarations/" + mrn + "/events", token).json();
        }

        try (Clearway app = new Clearway(Database.embedded(dir), Servers.ALL_RED, Clock.systemUTC());
             ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            Api api = new Api(server.port());
            Api.Answer after = api.get("/api/v1/declarations/" + mrn, token);
            assertThat(after.status()).as("the token from before the restart still works: " + after).isEqualTo(200);
            assertThat(after.json()).isEqualTo(before);
            assertThat(after.json().path("status").asText()).isEqualTo("UNDER_INSPECTION");
            assertThat(api.get("/api/v1/declarations/" + mrn + "/events", token).json()).isEqualTo(eventsBefore);
            assertThat(eventsBefore.path("events")).hasSize(3);
            assertThat(api.get("/api/v1/declarations", token).json().path("total").asLong()).isEqualTo(1);

            // and the next lodgement gets a new MRN, not one given before the restart
            Api.Answer next = api.lodge(token, Examples.withFreshLrn("lowvalue-valid.json"));
            assertThat(next.status()).isEqualTo(201);
            assertThat(next.json().path("mrn").asText()).isNotEqualTo(mrn);
            assertThat(api.get("/api/health", null).json().path("database").asText()).isEqualTo("UP");

            // the database goes away under the running server: health says so, in a way a load balancer notices
            app.database().close();
            Api.Answer down = api.get("/api/health", null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(down.json().path("database").asText()).isEqualTo("DOWN");
        }
    }
}
