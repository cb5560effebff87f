package org.clearway.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.clearway.core.validation.Problem;

/** The one JSON mapper of the web layer, and the small helpers handlers use to read and answer. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    /** Reads a small command body (sign-in, re-route reason); a body that is not a JSON object is a 400 with the position. */
    public static ObjectNode readObject(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiProblem.badRequest("the request needs a JSON object body",
                    List.of(new Problem("BODY_MISSING", "", "send a JSON object")));
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode object) return object;
            throw ApiProblem.badRequest("the body must be a JSON object",
                    List.of(new Problem("JSON_NOT_OBJECT", "", "the body must be a JSON object")));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw ApiProblem.badRequest("the body is not valid JSON",
                    List.of(new Problem("JSON_MALFORMED", "", "not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw ApiProblem.badRequest("the body could not be read", List.of(new Problem("BODY_UNREADABLE", "", e.getMessage())));
        }
    }

    /** A required text field of a command body. */
    public static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw ApiProblem.badRequest("missing " + field,
                    List.of(new Problem("REQUIRED_ELEMENT_MISSING", field, field + " is required")));
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest(field + " must be text",
                    List.of(new Problem("TYPE_MISMATCH", field, field + " must be a string")));
        }
        return value.asText();
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(withNewline(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the answer", e);
        }
    }

    public static void sendProblem(Context ctx, ApiProblem problem) {
        ObjectNode body = object();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", ctx.path());
        var list = body.putArray("problems");
        for (Problem p : problem.problems()) {
            list.addObject().put("code", p.code()).put("path", p.path()).put("message", p.message());
        }
        if (problem.status() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"clearway\"");
        try {
            ctx.status(problem.status()).contentType("application/problem+json").result(withNewline(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A final newline, so that answers read well on a terminal (curl) and in logs. */
    private static byte[] withNewline(byte[] json) {
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }
}
