package org.clearway.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for one running Clearway server: real requests, answers read as JSON. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(int port) { this.base = "http://127.0.0.1:" + port; }

    public String base() { return base; }

    /** An answer as the user sees it. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String contentType() { return headers.firstValue("Content-Type").orElse(""); }

        public String header(String name) { return headers.firstValue(name).orElse(null); }

        /** The {code, path} pairs of a problem answer, as "CODE@path". */
        public List<String> problems() {
            List<String> list = new ArrayList<>();
            json().path("problems").forEach(p -> list.add(p.path("code").asText() + "@" + p.path("path").asText()));
            return list;
        }

        @Override public String toString() { return status + " " + body; }
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Answer post(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b.build());
    }

    /** A POST whose body is streamed without a Content-Length (chunked), as a streaming client sends it. */
    public Answer postChunked(String path, String token, byte[] body) {
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        return send(b.build());
    }

    public Answer post(String path, String token, JsonNode body) {
        return post(path, token, "application/json", bytes(body));
    }

    public Answer post(String path, String token, String json) {
        return post(path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Answer lodge(String token, JsonNode declaration) {
        return post("/api/v1/declarations", token, declaration);
    }

    public String signIn(String username, String password) {
        Answer a = post("/api/v1/auth/token", null, JSON.createObjectNode().put("username", username).put("password", password));
        if (a.status() != 200) throw new AssertionError("sign-in of " + username + " failed: " + a);
        return a.json().path("token").asText();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
