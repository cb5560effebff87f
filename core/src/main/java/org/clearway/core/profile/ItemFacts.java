package org.clearway.core.profile;

import java.util.HashMap;
import java.util.Map;
import org.clearway.core.declaration.GoodsItem;

/**
 * One goods item as profiles see it ({@code items} in {@link ProfileLanguage}): texts null and
 * numbers NaN when unknown (a number read from the declaration is never NaN, so NaN can mark
 * "absent"). The expressions compiled to Java read these fields; the CEL interpreter reads the map
 * {@link #asMap} makes from them, so both see the same facts.
 */
final class ItemFacts {
    /** The item's fields by kind, as the expression names them. */
    static final java.util.Set<String> TEXTS = java.util.Set.of("hs", "chapter", "heading", "origin", "description", "procedure", "preference", "unit");
    static final java.util.Set<String> NUMBERS = java.util.Set.of("netMass", "grossMass", "value", "valuePerKg", "quantity");

    final String hs, chapter, heading, origin, description, procedure, preference, unit;
    final double netMass, grossMass, value, valuePerKg, quantity;

    ItemFacts(GoodsItem item) {
        hs = item.hsCode() == null ? null : item.hsCode().value();
        chapter = item.hsCode() == null ? null : item.hsCode().chapter();
        heading = item.hsCode() == null ? null : item.hsCode().heading();
        origin = item.origin() == null ? null : item.origin().value();
        description = item.description();
        procedure = item.procedureCode();
        preference = item.preferenceCode();
        netMass = item.netMass() == null ? Double.NaN : item.netMass().doubleValue();
        grossMass = item.grossMass() == null ? Double.NaN : item.grossMass().doubleValue();
        value = item.value() == null ? Double.NaN : item.value().doubleValue();
        // Value per kilogram only where both are known: an unknown mass must not look like a cheap one.
        valuePerKg = item.value() != null && item.netMass() != null && item.netMass().signum() > 0
                ? item.value().doubleValue() / item.netMass().doubleValue() : Double.NaN;
        quantity = item.quantity() == null ? Double.NaN : item.quantity().value().doubleValue();
        unit = item.quantity() == null ? null : item.quantity().unit();
    }

    /** A text field by name; null when absent (or not a text field). */
    String text(String field) {
        return switch (field) {
            case "hs" -> hs;
            case "chapter" -> chapter;
            case "heading" -> heading;
            case "origin" -> origin;
            case "description" -> description;
            case "procedure" -> procedure;
            case "preference" -> preference;
            case "unit" -> unit;
            default -> null;
        };
    }

    /** A number field by name; NaN when absent (or not a number field). */
    double number(String field) {
        return switch (field) {
            case "netMass" -> netMass;
            case "grossMass" -> grossMass;
            case "value" -> value;
            case "valuePerKg" -> valuePerKg;
            case "quantity" -> quantity;
            default -> Double.NaN;
        };
    }

    /** The item as CEL sees it: a map holding only the known fields. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new HashMap<>(16);
        for (String f : TEXTS) if (text(f) != null) m.put(f, text(f));
        for (String f : NUMBERS) if (!Double.isNaN(number(f))) m.put(f, number(f));
        return m;
    }
}
