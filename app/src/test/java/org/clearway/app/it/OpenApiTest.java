package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document and the server agree: every documented route exists, every route is documented. */
class OpenApiTest {
    private static final Path MAIN = Path.of("src/main/java/org/clearway/app/http");

    private final Api api = Servers.allRed().api();

    @Test
    void the_openapi_document_is_json_of_version_3() {
        Api.Answer a = api.get("/api/openapi.json", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode doc = a.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("paths").size()).isPositive();
    }

    @Test
    void every_documented_operation_is_served() {
        String officer = Servers.token("officer1");
        String mrn = api.lodge(Servers.token("trader1"), Examples.withFreshLrn("import-valid.json")).json().path("mrn").asText();
        Set<String> documented = documented();
        assertThat(documented).isNotEmpty();
        for (String route : documented) {
            String[] parts = route.split(" ", 2);
            if (parts[0].equals("PUT")) continue; // the client here speaks GET and POST; PUT routes are checked by the source scan below
            String path = parts[1].replace("{mrn}", mrn).replace("{code}", "847130").replace("{id}", "1").replace("{version}", "1");
            Api.Answer a = parts[0].equals("GET") ? api.get(path, officer) : api.post(path, officer, "{}");
            assertThat(a.status()).as(route + " -> " + a).isNotEqualTo(405);
            assertThat(isRouterNotFound(a)).as(route + " -> " + a).isFalse();
            assertThat(a.status()).as(route + " -> " + a).isLessThan(500);
        }
    }

    @Test
    void an_unknown_route_is_a_404_problem_and_a_wrong_method_a_405_problem() {
        Api.Answer missing = api.get("/api/v1/nothing-here", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("detail").asText()).contains("/api/v1/nothing-here");
        assertThat(isRouterNotFound(missing)).isTrue();

        Api.Answer wrongMethod = api.post("/api/health", null, "{}");
        assertThat(wrongMethod.status()).isIn(404, 405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void every_route_the_server_registers_is_documented() throws IOException {
        Set<String> registered = new TreeSet<>();
        Pattern route = Pattern.compile("routes\\.(get|post|put|patch|delete)\\(\\s*(BASE|PATH)?\\s*\\+?\\s*(\"[^\"]*\")?");
        List<String> files = new ArrayList<>(List.of("ApiServer.java"));
        try (var listing = Files.list(MAIN)) {
            listing.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Routes.java")).sorted().forEach(files::add);
        }
        for (String file : files) {
            String source = Files.readString(MAIN.resolve(file));
            Matcher base = Pattern.compile("(?:BASE|PATH)\\s*=\\s*\"([^\"]*)\"").matcher(source);
            String basePath = base.find() ? base.group(1) : "";
            Matcher m = route.matcher(source);
            while (m.find()) {
                String path = (m.group(2) != null ? basePath : "") + (m.group(3) != null ? m.group(3).replace("\"", "") : "");
                registered.add(m.group(1).toUpperCase() + " " + path);
            }
        }
        assertThat(registered).as("routes found in the source").hasSizeGreaterThanOrEqualTo(14)
                .contains("POST /api/v1/declarations", "GET /api/v1/declarations/{mrn}/events", "POST /api/v1/auth/token", "GET /api/health");

        assertThat(documented()).containsAll(registered);
    }

    /**
     * A 404 from the router (no such route) rather than from a handler (no such declaration). The
     * router's 404 reaches the client either through ApiServer's error(404) handler ("no resource at
     * ...") or through Javalin's own exception for an unmatched endpoint ("Endpoint GET ... not found").
     */
    static boolean isRouterNotFound(Api.Answer a) {
        if (a.status() != 404) return false;
        String detail = a.json().path("detail").asText();
        return detail.startsWith("no resource at") || detail.matches("Endpoint \\S+ \\S+ not found");
    }

    private Set<String> documented() {
        JsonNode paths = api.get("/api/openapi.json", null).json().path("paths");
        Set<String> routes = new TreeSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            List<String> methods = new ArrayList<>();
            paths.path(path).fieldNames().forEachRemaining(methods::add);
            for (String method : methods) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) routes.add(method.toUpperCase() + " " + path);
            }
        }
        return routes;
    }
}
