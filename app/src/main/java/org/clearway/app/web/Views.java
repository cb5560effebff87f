package org.clearway.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.clearway.app.http.Json;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;
import org.clearway.store.declaration.StoredDeclaration;

/** Small pieces shared by the pages: lanes and statuses in plain words, amounts, times. */
final class Views {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Views() {}

    static String lane(Lane lane) {
        if (lane == null) return "<span class=\"lane\">none</span>";
        String words = switch (lane) {
            case GREEN -> "Green: no check";
            case YELLOW -> "Yellow: document check";
            case RED -> "Red: physical check";
            case BLUE -> "Blue: check after release";
        };
        return "<span class=\"lane lane-" + lane.name().toLowerCase() + "\">" + words + "</span>";
    }

    static String status(DeclarationStatus s) {
        return switch (s) {
            case ACCEPTED -> "Accepted";
            case ASSESSED -> "Waiting for customs";
            case UNDER_INSPECTION -> "Being checked";
            case RELEASED -> "Released";
            case SEIZED -> "Seized";
            case INVALIDATED -> "Withdrawn";
        };
    }

    static String time(Instant at) { return at == null ? "" : TIME.format(at); }

    static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toMinutes() < 1) return "under a minute";
        if (d.toHours() < 1) return d.toMinutes() + " min";
        if (d.toDays() < 1) return d.toHours() + " h " + d.toMinutesPart() + " min";
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    /** {"amount":"12.50","currency":"GBP"} as "12.50 GBP". */
    static String money(JsonNode m) {
        if (m == null || m.isNull() || m.isMissingNode()) return "";
        return m.path("amount").asText() + " " + m.path("currency").asText();
    }

    static JsonNode json(String text) {
        if (text == null) return Json.MAPPER.missingNode();
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("stored JSON could not be read", e);
        }
    }

    static String office(StoredDeclaration d) {
        return json(d.declarationJson()).path("transport").path("customsOffice").asText("");
    }

    static String total(StoredDeclaration d) {
        return money(json(d.assessmentJson()).path("amountsDue").path("total"));
    }

    static String mrnLink(String mrn) {
        return "<a href=\"/declarations/" + Html.escape(mrn) + "\">" + Html.escape(mrn) + "</a>";
    }
}
