package org.clearway.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.store.declaration.DeclarationQuery;

/**
 * How fast each web page answers on the demo data: a fresh embedded PostgreSQL with the demo accounts,
 * sample declarations and past inspection results, one profile in force, one client on loopback, each page requested {@code count} times after a
 * warm-up; latency percentiles per page. Baseline in the same run: GET /api/health.
 */
final class PagesBench {
    record Latency(String name, int count, double p50, double p95, double max, int gzipBytes) {}

    static List<Latency> run(int count, Path workDir) throws Exception {
        Path dataDir = Files.createTempDirectory(workDir, "bench-pages-db-");
        try (var db = org.clearway.store.Database.embedded(dataDir);
             Clearway app = new Clearway(db, Administration.defaults(), Clock.systemUTC());
             ApiServer server = ApiServer.start(app, "127.0.0.1", 0)) {
            new DemoData(app).ensure();
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newHttpClient();
            String officer = signIn(client, base, "officer1");
            String trader = signIn(client, base, "trader1");
            var anyone = app.accounts().find("officer1").orElseThrow();
            String mrn = app.declarations().list(anyone, DeclarationQuery.all().withStatus(DeclarationStatus.ASSESSED).withPage(1, 0)).items().stream()
                    .findFirst().or(() -> app.declarations().list(anyone, DeclarationQuery.all().withPage(1, 0)).items().stream().findFirst())
                    .orElseThrow().mrn();
            String analyst = signIn(client, base, "analyst1");
            long profile = demoProfile(app);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            String monthAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString();
            Map<String, String[]> pages = new LinkedHashMap<>();
            pages.put("baseline GET /api/health", new String[] {"/api/health", null});
            pages.put("GET /sign-in", new String[] {"/sign-in", null});
            pages.put("GET /officer/queue", new String[] {"/officer/queue", officer});
            pages.put("GET /declarations/{mrn}", new String[] {"/declarations/" + mrn, officer});
            pages.put("GET /dashboard (30 days)", new String[] {"/dashboard", officer});
            pages.put("GET /dashboard?days=90", new String[] {"/dashboard?days=90", officer});
            pages.put("GET /analyst/profiles", new String[] {"/analyst/profiles", analyst});
            pages.put("GET /analyst/profiles/{id}", new String[] {"/analyst/profiles/" + profile, analyst});
            pages.put("GET /analyst/profiles/{id} back-test 30 days", new String[] {"/analyst/profiles/" + profile + "?from=" + monthAgo + "&to=" + today, analyst});
            pages.put("GET /analyst/profiles/new", new String[] {"/analyst/profiles/new", analyst});
            pages.put("GET /analyst/watchlists", new String[] {"/analyst/watchlists", analyst});
            pages.put("GET /trader/declarations", new String[] {"/trader/declarations", trader});
            pages.put("GET /trader/lodge", new String[] {"/trader/lodge", trader});
            pages.put("GET /static/clearway.css", new String[] {"/static/clearway.css", null});
            List<Latency> out = new ArrayList<>();
            for (var e : pages.entrySet()) {
                // as a browser asks: compressed if the server will
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + e.getValue()[0])).header("Accept-Encoding", "gzip").GET();
                if (e.getValue()[1] != null) b.header("Cookie", e.getValue()[1]);
                HttpRequest request = b.build();
                int bytes = 0;
                for (int i = 0; i < Math.min(count, 50); i++) bytes = send(client, request);
                double[] ms = new double[count];
                for (int i = 0; i < count; i++) {
                    long t = System.nanoTime();
                    send(client, request);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                out.add(new Latency(e.getKey(), count, rank(ms, 50), rank(ms, 95), ms[count - 1], bytes));
            }
            return out;
        } finally {
            HttpBench.deleteTree(dataDir);
        }
    }

    /** The demo data has no profile: one in force (written by analyst1, approved by analyst2) for the analyst's pages. */
    private static long demoProfile(Clearway app) {
        var author = app.accounts().find("analyst1").orElseThrow();
        var body = org.clearway.app.http.Json.object().put("name", "Laptops from China above 10,000")
                .put("expression", "hsCodes.exists(h, h.startsWith(\"8471\")) && \"CN\" in origins && invoiceTotal > 10000.0")
                .put("lane", "YELLOW").put("reason", "bench: undervalued laptops").put("validFrom", "2026-01-01");
        long id = app.profiles().create(author, body).path("id").asLong();
        app.profiles().submit(author, id);
        app.profiles().approve(app.accounts().find("analyst2").orElseThrow(), id);
        return id;
    }

    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** The answer's size on the wire (body bytes as sent, compressed or not). */
    private static int send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
        return r.body().length;
    }

    private static String signIn(HttpClient client, String base, String user) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String formCookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!token.find()) throw new IllegalStateException("the sign-in page has no form token");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", formCookie)
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.group(1) + "&username=" + user + "&password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException("sign-in failed for " + user)).split(";")[0];
    }
}
