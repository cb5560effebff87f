package org.clearway.app.tariff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.clearway.app.http.Json;
import org.clearway.core.tariff.DutyExpression;
import org.clearway.core.tariff.Measure;
import org.clearway.core.tariff.OriginGroup;
import org.clearway.core.tariff.Tariff;
import org.clearway.core.tariff.TariffLookup;

/** JSON and text views of tariff lines, measures and duty expressions (the structured form of an expression included). */
public final class TariffViews {
    private TariffViews() {}

    /** The structured form: {@code {"kind":"compound","parts":[{"kind":"adValorem","percent":"5"},...]}}. */
    public static ObjectNode expression(DutyExpression e) {
        ObjectNode o = Json.object();
        switch (e) {
            case DutyExpression.Free f -> o.put("kind", "free");
            case DutyExpression.AdValorem(var percent, var basis) -> {
                o.put("kind", "adValorem").put("percent", percent.toPlainString());
                if (!basis.isEmpty()) o.put("basis", basis);
            }
            case DutyExpression.Specific s -> {
                o.put("kind", "specific").put("amount", s.amount().toPlainString()).put("currency", s.currency().value()).put("unit", s.unit());
                if (!s.basis().isEmpty()) o.put("basis", s.basis());
            }
            case DutyExpression.Compound(var parts) -> {
                o.put("kind", "compound");
                ArrayNode a = o.putArray("parts");
                parts.forEach(p -> a.add(expression(p)));
            }
            case DutyExpression.AtLeast(var duty, var minimum) -> {
                o.put("kind", "atLeast");
                o.set("duty", expression(duty));
                o.set("minimum", expression(minimum));
            }
            case DutyExpression.AtMost(var duty, var maximum) -> {
                o.put("kind", "atMost");
                o.set("duty", expression(duty));
                o.set("maximum", expression(maximum));
            }
            case DutyExpression.Reference(var to) -> o.put("kind", "reference").put("to", to);
        }
        o.put("text", e.text());
        return o;
    }

    /** The answer of GET /api/v1/tariff/{code}. */
    public static ObjectNode lookup(Tariff tariff, TariffLookup.Found found, String origin, LocalDate date) {
        ObjectNode o = Json.object();
        o.put("tariff", tariff.settings().id());
        o.put("code", found.code());
        o.put("description", found.line().description());
        o.put("declarable", true);
        o.put("measuresFrom", found.measuresFrom().code());
        ArrayNode units = o.putArray("units");
        found.line().units().forEach(units::add);
        if (origin != null) o.put("origin", origin); else o.putNull("origin");
        o.put("date", date.toString());
        List<Measure> applicable = origin == null ? List.of() : tariff.applicable(found.measures(), origin, date);
        ArrayNode measures = o.putArray("measures");
        for (Measure m : found.measures()) {
            ObjectNode v = measures.addObject();
            v.put("type", m.type().name());
            v.put("area", m.area());
            OriginGroup g = tariff.groups().get(m.area());
            if (g != null) {
                v.put("areaDescription", g.description());
                ArrayNode members = v.putArray("areaMembers");
                g.members().stream().sorted().forEach(members::add);
                // A programme with a window (a lapsed GSP, AGOA's authorisation) covers its members only inside it.
                if (g.validFrom() != null) v.put("areaValidFrom", g.validFrom().toString());
                if (g.validTo() != null) v.put("areaValidTo", g.validTo().toString());
                v.put("areaInForce", g.inForceOn(date));
            } else if (m.area().equals(Measure.ERGA_OMNES)) v.put("areaDescription", "every origin (erga omnes)");
            else if (!m.area().matches("[A-Z]{2}")) v.put("areaDescription", "a group this tariff maps to no origin: applies to none");
            if (m.expression() != null) v.set("expression", expression(m.expression())); else v.putNull("expression");
            v.put("rateText", m.rateText());
            v.put("validFrom", m.validFrom() == null ? null : m.validFrom().toString());
            v.put("validTo", m.validTo() == null ? null : m.validTo().toString());
            v.put("legalBase", m.legalBase());
            v.put("inForce", m.inForceOn(date));
            if (origin != null) v.put("appliesToOrigin", applicable.contains(m));
        }
        return o;
    }

    /** The answer for a code above several lines with different measures. */
    public static ObjectNode notDeclarable(Tariff tariff, TariffLookup.NotDeclarable n) {
        ObjectNode o = Json.object();
        o.put("tariff", tariff.settings().id());
        o.put("code", n.code());
        o.put("declarable", false);
        o.put("detail", "the lines under " + n.code() + " carry different measures: declare one of them");
        ArrayNode lines = o.putArray("lines");
        n.lines().forEach(lines::add);
        return o;
    }
}
