package org.clearway.app.clearance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.clearway.app.http.Json;
import org.clearway.formats.json.AnswerJson;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.store.declaration.StoredDeclaration;

/** The API's view of a stored declaration: references, where it stands, amounts due, lane with reasons, the declaration itself. */
public final class DeclarationView {
    private DeclarationView() {}

    public static ObjectNode full(StoredDeclaration d) {
        ObjectNode view = summary(d);
        JsonNode assessment = parse(d.assessmentJson());
        if (assessment != null) {
            // re-read and re-written, so that the answer has the canonical field order (rows stored before migration V9 have jsonb's order)
            view.set("reasons", AnswerJson.lane(AnswerJson.readLane(assessment.path("laneDecision"))).path("reasons"));
            view.set("amountsDue", AnswerJson.amounts(AnswerJson.readAmounts(assessment.path("amountsDue"))));
        }
        view.set("declaration", canonical(d.declarationJson()));
        view.putObject("links")
                .put("self", "/api/v1/declarations/" + d.mrn())
                .put("events", "/api/v1/declarations/" + d.mrn() + "/events");
        return view;
    }

    public static ObjectNode summary(StoredDeclaration d) {
        ObjectNode view = Json.object();
        view.put("mrn", d.mrn());
        view.put("lrn", d.lrn());
        view.put("type", d.type().name());
        view.put("declarantId", d.declarantId());
        view.put("owner", d.owner());
        view.put("status", d.status().name());
        view.put("lane", d.lane() == null ? null : d.lane().name());
        view.put("version", d.version());
        view.put("lodgedAt", d.lodgedAt().toString());
        view.put("updatedAt", d.updatedAt().toString());
        JsonNode assessment = parse(d.assessmentJson());
        if (assessment != null) view.set("total", assessment.path("amountsDue").path("total"));
        return view;
    }

    private static final DeclarationJsonCodec CODEC = new DeclarationJsonCodec();

    /** The stored declaration in the canonical form of the JSON format (field order as documented). */
    static JsonNode canonical(String json) {
        if (CODEC.decode(json.getBytes(StandardCharsets.UTF_8)) instanceof Decoded.Ok(var declaration)) {
            return parse(new String(CODEC.encode(declaration), StandardCharsets.UTF_8));
        }
        throw new IllegalStateException("a stored declaration no longer decodes");
    }

    static JsonNode parse(String json) {
        if (json == null) return null;
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored JSON could not be read", e);
        }
    }
}
