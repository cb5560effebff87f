package org.clearway.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.app.http.Json;
import org.clearway.store.Database;

/**
 * Declarations lodged per second over real HTTP on loopback into the embedded PostgreSQL (a fresh
 * one in a temporary directory), each answered only after its commit. Baseline in the same run:
 * GET /api/health (one trivial query) at the same concurrency. Bounded in count.
 */
final class HttpBench {
    record Result(int lodged, double lodgedPerSecond, double healthPerSecond, int concurrency) {}

    static Result run(int count, int concurrency, Path workDir) throws Exception {
        Path dataDir = Files.createTempDirectory(workDir, "bench-db-");
        try (Database db = Database.embedded(dataDir);
             Clearway app = new Clearway(db, Administration.defaults(), Clock.systemUTC());
             ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            new DemoData(app).ensure();
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            String token = Json.MAPPER.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"trader1\",\"password\":\"trader1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
            List<byte[]> bodies = PipelineBench.bodies(count);

            // warm-up: a few of each, not counted
            double health = drive(client, concurrency, Math.min(count, 500), i -> HttpRequest.newBuilder(URI.create(base + "/api/health")).GET().build(), 200);
            health = drive(client, concurrency, count, i -> HttpRequest.newBuilder(URI.create(base + "/api/health")).GET().build(), 200);
            double lodged = drive(client, concurrency, count, i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/declarations"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(), 201);
            return new Result(count, lodged, health, concurrency);
        } finally {
            deleteTree(dataDir);
        }
    }

    private static double drive(HttpClient client, int concurrency, int count,
                                java.util.function.IntFunction<HttpRequest> request, int expectedStatus) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        try {
                            HttpResponse<String> r = client.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != expectedStatus) {
                                if (failures.incrementAndGet() == 1) System.err.println("unexpected answer " + r.statusCode() + ": " + r.body());
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " of " + count + " requests failed");
        return count / seconds;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
