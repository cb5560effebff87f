package org.clearway.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.profile.BackTest;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileScope;
import org.clearway.core.profile.ValidityPeriod;
import org.clearway.core.risk.Lane;
import org.clearway.core.validation.Problem;
import org.clearway.store.profile.ProfileStatistics;
import org.clearway.store.profile.StoredProfile;
import org.clearway.store.profile.StoredProfileVersion;

/**
 * Profiles in JSON. An analyst sends
 * {@code {"name", "expression", "lane" or "score", "reason", "validFrom", "validTo", "offices", "types", "aeoExempt"}};
 * every problem of the body is reported at once, each with its path.
 */
public final class ProfileJson {
    private ProfileJson() {}

    public static ProfileDefinition read(ObjectNode body) {
        List<Problem> problems = new ArrayList<>();
        String name = text(body, "name", true, problems);
        String expression = text(body, "expression", true, problems);
        String reason = text(body, "reason", true, problems);
        ProfileAction action = null;
        boolean hasLane = body.hasNonNull("lane"), hasScore = body.hasNonNull("score");
        if (hasLane == hasScore) {
            problems.add(new Problem("PROFILE_ACTION", "lane", "give either a lane (GREEN, BLUE, YELLOW, RED) or a score (1 to 1000), not both"));
        } else if (hasLane) {
            try {
                action = new ProfileAction.SendTo(Lane.valueOf(body.get("lane").asText().trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("INVALID_VALUE", "lane", "lane must be one of GREEN, BLUE, YELLOW, RED"));
            }
        } else {
            JsonNode s = body.get("score");
            if (!s.canConvertToInt() || !s.isIntegralNumber() || s.asInt() < 1 || s.asInt() > 1000) {
                problems.add(new Problem("INVALID_VALUE", "score", "score must be a whole number from 1 to 1000"));
            } else {
                action = new ProfileAction.AddScore(s.asInt());
            }
        }
        LocalDate from = date(body, "validFrom", true, problems);
        LocalDate to = date(body, "validTo", false, problems);
        if (from != null && to != null && to.isBefore(from)) problems.add(new Problem("INVALID_VALUE", "validTo", "validTo is before validFrom"));
        Set<String> offices = new LinkedHashSet<>();
        for (String o : texts(body, "offices", problems)) offices.add(o.trim().toUpperCase());
        Set<DeclarationType> types = new LinkedHashSet<>();
        for (String t : texts(body, "types", problems)) {
            try {
                types.add(DeclarationType.valueOf(t.trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("INVALID_VALUE", "types", "types are IMPORT, EXPORT, LOW_VALUE; got '" + t + "'"));
            }
        }
        JsonNode exempt = body.get("aeoExempt");
        if (exempt != null && !exempt.isNull() && !exempt.isBoolean()) problems.add(new Problem("TYPE_MISMATCH", "aeoExempt", "aeoExempt is true or false"));
        if (!problems.isEmpty()) throw invalid(problems);
        return new ProfileDefinition(name, expression, action, reason, new ValidityPeriod(from, to), new ProfileScope(offices, types),
                exempt != null && exempt.asBoolean(false));
    }

    public static ApiProblem invalid(List<Problem> problems) {
        return new ApiProblem(422, "urn:clearway:problem:invalid-profile", "The profile was refused",
                problems.size() + " problem(s) found; nothing was stored", problems);
    }

    public static ObjectNode view(StoredProfile p, ProfileStatistics stats) {
        ObjectNode o = Json.object();
        o.put("id", p.id()).put("owner", p.owner()).put("createdAt", p.createdAt().toString());
        o.put("status", p.latest().status().name());
        o.put("activeVersion", p.active().map(StoredProfileVersion::version).orElse(null));
        ArrayNode versions = o.putArray("versions");
        for (StoredProfileVersion v : p.versions()) versions.add(version(v));
        if (stats != null) {
            ObjectNode s = o.putObject("statistics");
            s.put("selections", stats.selections()).put("inspected", stats.inspected()).put("hits", stats.hits());
            s.put("hitRate", stats.hitRate());
            s.put("revenueRecovered", stats.revenueRecovered().toPlainString());
        }
        return o;
    }

    private static ObjectNode version(StoredProfileVersion v) {
        ObjectNode o = Json.object();
        ProfileDefinition d = v.definition();
        o.put("version", v.version()).put("status", v.status().name()).put("name", d.name()).put("expression", d.expression());
        switch (d.action()) {
            case ProfileAction.SendTo(var lane) -> o.put("lane", lane.name());
            case ProfileAction.AddScore(var points) -> o.put("score", points);
        }
        o.put("reason", d.reason()).put("validFrom", d.validity().start().toString())
                .put("validTo", d.validity().endOrNull() == null ? null : d.validity().endOrNull().toString());
        ArrayNode offices = o.putArray("offices");
        d.scope().offices().stream().sorted().forEach(offices::add);
        ArrayNode types = o.putArray("types");
        d.scope().types().stream().sorted().forEach(t -> types.add(t.name()));
        o.put("aeoExempt", d.aeoExempt());
        o.put("author", v.author()).put("writtenAt", text(v.writtenAt()));
        o.put("submittedBy", v.submittedBy()).put("submittedAt", text(v.submittedAt()));
        o.put("approvedBy", v.approvedBy()).put("approvedAt", text(v.approvedAt()));
        o.put("retiredBy", v.retiredBy()).put("retiredAt", text(v.retiredAt()));
        return o;
    }

    public static ObjectNode report(BackTest.BackTestReport r, Instant from, Instant to, long undecodable, boolean truncated) {
        ObjectNode o = Json.object();
        o.put("profileId", r.profileId()).put("version", r.version()).put("from", from.toString()).put("to", to.toString());
        o.put("examined", r.examined()).put("unreadable", undecodable).put("truncated", truncated);
        o.put("selected", r.selected()).put("selectionRate", r.selectionRate());
        ArrayNode mrns = o.putArray("selectedMrns");
        r.selectedMrns().forEach(mrns::add);
        o.put("selectedInspected", r.selectedInspected()).put("selectedHits", r.selectedHits()).put("hitRate", r.hitRate());
        o.put("revenueRecovered", r.revenueRecovered().toPlainString());
        ObjectNode baseline = o.putObject("baseline");
        baseline.put("inspected", r.inspected()).put("hits", r.inspectedHits()).put("hitRate", r.baselineHitRate());
        return o;
    }

    private static String text(Instant i) { return i == null ? null : i.toString(); }

    private static String text(ObjectNode body, String field, boolean required, List<Problem> problems) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) problems.add(new Problem("REQUIRED_ELEMENT_MISSING", field, field + " is required"));
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new Problem("TYPE_MISMATCH", field, field + " must be text"));
            return null;
        }
        return v.asText();
    }

    private static LocalDate date(ObjectNode body, String field, boolean required, List<Problem> problems) {
        String s = text(body, field, required, problems);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("INVALID_VALUE", field, field + " must be a date such as 2026-11-28"));
            return null;
        }
    }

    private static List<String> texts(ObjectNode body, String field, List<Problem> problems) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return List.of();
        List<String> out = new ArrayList<>();
        if (!v.isArray()) {
            problems.add(new Problem("TYPE_MISMATCH", field, field + " must be a list of texts"));
            return out;
        }
        for (JsonNode e : v) {
            if (e.isTextual() && !e.asText().isBlank()) out.add(e.asText());
            else problems.add(new Problem("TYPE_MISMATCH", field, field + " must be a list of texts"));
        }
        return out;
    }
}
