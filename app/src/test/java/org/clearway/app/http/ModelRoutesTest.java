package org.clearway.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.kcs.KcsReader;
import org.clearway.analytics.model.Trainer;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.store.Database;
import org.clearway.store.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/v1/models on a real server and a real PostgreSQL: an analyst uploads two model versions,
 * activates one then the other, rolls back; a declarant may not; a body that is not a model and a
 * pointless change are refused as problems.
 */
class ModelRoutesTest {
    @TempDir static Path dir;
    static Clearway app;
    static ApiServer server;
    static byte[] model;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = new Clearway(Database.embedded(dir.resolve("db")), Administration.defaults(), Clock.systemUTC());
        app.accounts().create("analyst1", Role.ANALYST, null, "Analyst", app.passwordHasher().hash("analyst1-pw"));
        app.accounts().create("trader1", Role.DECLARANT, "GB100000000001", "Trader", app.passwordHasher().hash("trader1-pw"));
        server = ApiServer.start(app, "127.0.0.1", 0);
        List<Labelled> jan = KcsReader.read(Path.of("../analytics/data/kcs/kcs_df_syn_train_eng.csv"), KcsReader.Labels.REQUIRED).labelledRows()
                .stream().filter(l -> l.facts().date().isBefore(LocalDate.of(2020, 1, 15))).toList();
        model = new Trainer().trainFixed(jan, 10).toBytes();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (app != null) app.close();
    }

    static String token(String user, String password) throws Exception {
        var r = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")));
        return r.get("token").asText();
    }

    static URI uri(String path) { return URI.create("http://127.0.0.1:" + server.port() + path); }

    static int status;

    static JsonNode send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        status = r.statusCode();
        return Json.MAPPER.readTree(r.body());
    }

    static JsonNode post(String path, String token, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void an_analyst_uploads_activates_and_rolls_back_versions_and_a_declarant_may_not() throws Exception {
        String analyst = token("analyst1", "analyst1-pw");
        JsonNode first = post("/api/v1/models?source=jan-2020", analyst, model);
        assertThat(status).isEqualTo(201);
        assertThat(first.get("active").asBoolean()).isFalse();
        assertThat(first.get("source").asText()).isEqualTo("jan-2020");
        assertThat(first.get("features").size()).isGreaterThan(40);
        long a = first.get("version").asLong();
        long b = post("/api/v1/models", analyst, model).get("version").asLong();

        assertThat(post("/api/v1/models/" + a + "/activate", analyst, new byte[0]).get("active").asBoolean()).isTrue();
        post("/api/v1/models/" + b + "/activate", analyst, new byte[0]);
        assertThat(status).isEqualTo(200);
        JsonNode back = post("/api/v1/models/rollback", analyst, new byte[0]);
        assertThat(status).isEqualTo(200);
        assertThat(back.get("version").asLong()).isEqualTo(a);

        JsonNode list = send(HttpRequest.newBuilder(uri("/api/v1/models")).header("Authorization", "Bearer " + analyst).GET());
        assertThat(list.get("items").findValues("active").stream().filter(JsonNode::asBoolean)).hasSize(1);

        JsonNode again = post("/api/v1/models/" + a + "/activate", analyst, new byte[0]);
        assertThat(status).isEqualTo(409);
        assertThat(again.get("detail").asText()).contains("already active");

        String trader = token("trader1", "trader1-pw");
        send(HttpRequest.newBuilder(uri("/api/v1/models")).header("Authorization", "Bearer " + trader).GET());
        assertThat(status).isEqualTo(403);
    }

    @Test
    void a_body_that_is_not_a_model_is_a_400_problem_and_nothing_is_stored() throws Exception {
        String analyst = token("analyst1", "analyst1-pw");
        int before = send(HttpRequest.newBuilder(uri("/api/v1/models")).header("Authorization", "Bearer " + analyst).GET()).get("items").size();
        JsonNode p = post("/api/v1/models", analyst, "Declaration ID,score\n".getBytes());
        assertThat(status).isEqualTo(400);
        assertThat(p.get("problems").get(0).get("message").asText()).contains("model file written by `clearway model train`");
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/models")).header("Authorization", "Bearer " + analyst).GET()).get("items").size()).isEqualTo(before);
        post("/api/v1/models/99999/activate", analyst, new byte[0]);
        assertThat(status).isEqualTo(404);
    }
}
