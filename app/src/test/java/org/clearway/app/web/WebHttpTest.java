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
import org.clearway.app.it.Examples;
import org.clearway.app.it.Servers;
import org.junit.jupiter.api.Test;

/** The web pages over plain HTTP (no browser): the session cookie, CSRF, escaping, role checks. */
class WebHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = Servers.allRed().api().base();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String cookie, String form) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form's cookie and hidden token, as a browser gets them from GET /sign-in. */
    private String[] signInForm() throws Exception {
        var form = get("/sign-in", null);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new String[] {cookie, csrf(form.body())};
    }

    private HttpResponse<String> postSignIn(String fields) throws Exception {
        String[] form = signInForm();
        return postForm("/sign-in", form[0], "csrf=" + form[1] + "&" + fields);
    }

    private String signIn(String username) throws Exception {
        var answer = postSignIn("username=" + username + "&password=" + username);
        assertThat(answer.statusCode()).isEqualTo(303);
        String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(WebAuth.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure"); // plain http on localhost
        return setCookie.split(";")[0];
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    @Test
    void pagesWithoutASessionSendToTheSignInPageAndComeBack() throws Exception {
        var answer = get("/officer/queue?lane=RED", null);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).contains("/sign-in?next=%2Fofficer%2Fqueue%3Flane%3DRED");
        var signedIn = postSignIn("username=officer1&password=officer1&next=" + URLEncoder.encode("/officer/queue?lane=RED", StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location")).contains("/officer/queue?lane=RED");
        var offSite = postSignIn("username=officer1&password=officer1&next=//evil.example/");
        assertThat(offSite.headers().firstValue("Location")).contains("/officer/queue");
    }

    @Test
    void aSignInPostedWithoutTheSignInFormsCookieIsRefused() throws Exception {
        String[] form = signInForm();
        var forged = postForm("/sign-in", null, "csrf=" + form[1] + "&username=officer1&password=officer1");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(WebAuth.COOKIE + "="));
        var wrongToken = postForm("/sign-in", form[0], "csrf=x&username=officer1&password=officer1");
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        assertThat(wrongToken.body()).contains("form had expired");
    }

    @Test
    void anActionWithoutTheFormsTokenChangesNothing() throws Exception {
        var lodged = Servers.allRed().api().lodge(Servers.token("trader1"), Examples.withFreshLrn("import-valid.json"));
        String mrn = lodged.json().path("mrn").asText();
        String cookie = signIn("officer1");
        var refused = postForm("/declarations/" + mrn + "/release", cookie, "csrf=forged");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("security token");
        var missing = postForm("/declarations/" + mrn + "/release", cookie, "");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(get("/declarations/" + mrn, cookie).body()).contains("id=\"status\">Waiting for customs<");

        String token = csrf(get("/declarations/" + mrn, cookie).body());
        var released = postForm("/declarations/" + mrn + "/release", cookie, "csrf=" + token + "&note=ok");
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(get("/declarations/" + mrn, cookie).body()).contains("id=\"status\">Released<");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String cookie = signIn("officer1");
        String token = csrf(get("/officer/queue", cookie).body());
        var out = postForm("/sign-out", cookie, "csrf=" + token);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
        assertThat(get("/officer/queue", cookie).statusCode()).isEqualTo(302);
    }

    @Test
    void whatATraderTypedIsEscapedOnThePages() throws Exception {
        var declaration = Examples.withFreshLrn("import-valid.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) declaration.withArray("items").get(0)).put("description", "<script>alert('x')</script> & co");
        var lodged = Servers.allRed().api().lodge(Servers.token("trader1"), declaration);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String page = get("/declarations/" + lodged.json().path("mrn").asText(), signIn("officer1")).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co").doesNotContain("<script>");
    }

    @Test
    void theStylesheetIsCachedAndPagesAreNot() throws Exception {
        var css = get("/static/clearway.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=86400");
        var signInPage = get("/sign-in", null);
        assertThat(signInPage.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(signInPage.body()).contains("<label for=\"username\">").contains("href=\"#main\"");
    }

    @Test
    void pagesAreSmallAndGzippedForSlowConnections() throws Exception {
        String cookie = signIn("officer1");
        var request = HttpRequest.newBuilder(URI.create(base + "/dashboard")).header("Cookie", cookie).header("Accept-Encoding", "gzip").GET().build();
        var answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Dashboard</h1>").doesNotContain("<script").doesNotContain("https://");
        assertThat(answer.body().length).as("gzipped dashboard bytes").isLessThan(20_000);
    }

    @Test
    void anUploadOverTheBodyLimitIsRefusedBeforeItIsRead() throws Exception {
        String cookie = signIn("trader1");
        String token = csrf(get("/trader/lodge", cookie).body());
        String boundary = "----clearway" + System.nanoTime();
        byte[] big = new byte[(int) org.clearway.app.http.ApiServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/trader/lodge")).header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void anEmptyUploadAsksForAFile() throws Exception {
        String cookie = signIn("trader1");
        String token = csrf(get("/trader/lodge", cookie).body());
        String boundary = "----clearway" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--" + boundary + "--\r\n";
        var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/trader/lodge")).header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Choose a file to upload");
    }

    @Test
    void anUnknownAddressIsAPageForABrowserAndProblemJsonForAnApiClient() throws Exception {
        var browser = http.send(HttpRequest.newBuilder(URI.create(base + "/no/such/page")).header("Accept", "text/html,application/xhtml+xml").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(browser.body()).contains("<h1>Page not found</h1>").contains("/no/such/page");
        var client = get("/no/such/page", null);
        assertThat(client.statusCode()).isEqualTo(404);
        assertThat(client.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        var api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/nothing")).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aTraderIsRefusedStaffPagesAndAnOfficerTheTradersPages() throws Exception {
        String trader = signIn("trader1");
        assertThat(get("/officer/queue", trader).statusCode()).isEqualTo(403);
        assertThat(get("/dashboard", trader).statusCode()).isEqualTo(403);
        String officer = signIn("officer1");
        assertThat(get("/trader/lodge", officer).statusCode()).isEqualTo(403);
        assertThat(get("/trader/declarations", officer).statusCode()).isEqualTo(403);
    }
}
