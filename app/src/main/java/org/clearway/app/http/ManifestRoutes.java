package org.clearway.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.clearway.app.Clearway;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.clearance.ManifestImport;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.AnswerJson;
import org.clearway.formats.manifest.ManifestFormat;
import org.clearway.formats.manifest.ManifestLine;
import org.clearway.formats.manifest.ManifestReader;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;

/**
 * POST /api/v1/manifests: a declarant lodges a whole manifest (text/csv or application/jsonl, UTF-8)
 * in one request. The body is streamed, not held: the answer counts what was accepted, skipped
 * (already accepted earlier: same declarant, LRN and content) and rejected, and lists the rejected
 * lines with their problems (the first {@value #MAX_LISTED}). Sending the same manifest again is safe.
 */
final class ManifestRoutes {
    static final String PATH = "/api/v1/manifests";
    /** Largest manifest accepted over HTTP; larger ones go through ./clearway import. */
    static final long MAX_MANIFEST_BYTES = 256L * 1024 * 1024;
    static final int MAX_LISTED = 1000;

    private final ManifestImport manifests;
    private final Authenticator auth;

    ManifestRoutes(Clearway app) {
        this.manifests = ManifestImport.of(app);
        this.auth = app.authenticator();
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::lodge);
    }

    private void lodge(Context ctx) throws Exception {
        Account who = auth.authenticate(ctx.header("Authorization"));
        if (who.role() != Role.DECLARANT) {
            throw ApiProblem.forbidden("only a declarant may lodge manifests; you are signed in as " + who.role().name().toLowerCase());
        }
        ManifestFormat format = ManifestFormat.ofMediaType(ctx.contentType())
                .orElseThrow(() -> ApiProblem.unsupportedMediaType(ctx.contentType(), "text/csv or application/jsonl"));
        String length = ctx.header("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > MAX_MANIFEST_BYTES) {
            throw ApiProblem.tooLarge(MAX_MANIFEST_BYTES);
        }
        ObjectNode answer = Json.object();
        ArrayNode rejections = Json.MAPPER.createArrayNode();
        int[] omitted = {0};
        UnaryOperator<Problem> inColumns = format == ManifestFormat.CSV ? ManifestReader::inColumns : p -> p;
        ManifestImport.Outcome outcome;
        try (ManifestReader reader = ManifestReader.open(new Limited(ctx.req().getInputStream(), MAX_MANIFEST_BYTES), format)) {
            outcome = manifests.run(who, reader, "manifest via HTTP", 1000, inColumns, new ManifestImport.Listener() {
                @Override public void rejected(ManifestLine line, List<Problem> problems) {
                    if (rejections.size() >= MAX_LISTED) { omitted[0]++; return; }
                    ObjectNode r = rejections.addObject().put("line", line.line());
                    if (line.lrn() != null) r.put("lrn", line.lrn());
                    r.set("problems", AnswerJson.problems(problems));
                }
            });
        }
        answer.put("format", format.name().toLowerCase()).put("consignments", outcome.consignments())
                .put("accepted", outcome.accepted()).put("skipped", outcome.skipped()).put("rejected", outcome.rejected());
        answer.set("rejections", rejections);
        if (omitted[0] > 0) answer.put("rejectionsNotListed", omitted[0]);
        Json.send(ctx, 200, answer);
    }

    /** Ends the manifest with a read failure (reported as its last line's problem) past the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) throw tooLong();
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) throw tooLong();
            return n;
        }

        private IOException tooLong() {
            return new IOException("the manifest is larger than " + limit + " bytes; send it in parts or use ./clearway import");
        }
    }
}
