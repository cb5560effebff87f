package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class HealthTest {
    @Test
    void health_says_the_server_and_its_database_are_up_without_sign_in() {
        Api.Answer a = Servers.standard().api().get("/api/health", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode body = a.json();
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("database").asText()).isEqualTo("UP");
        assertThat(body.path("administration").asText()).isEqualTo("GB");
        assertThat(body.path("currency").asText()).isEqualTo("GBP");
        assertThat(body.path("embeddedDatabase").asBoolean()).isTrue();
    }
}
