package org.clearway.core.profile;

import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;

/**
 * One index key ({@code hs=8471}, {@code origin=CN}, {@code office=GB000084}, ...) read as the fact
 * it names, so that a declaration can be asked whether it has it without making its keys as texts:
 * an HS key is met by any item whose code starts with it, the others by equality.
 */
record FactKey(Field field, String value) {
    enum Field { HS, ORIGIN, TYPE, OFFICE, DECLARANT, IMPORTER, EXPORTER }

    /** The key's fact; null for a key of no known field (never met). */
    static FactKey parse(String key) {
        int eq = key.indexOf('=');
        if (eq < 0) return null;
        Field f = switch (key.substring(0, eq)) {
            case "hs" -> Field.HS;
            case "origin" -> Field.ORIGIN;
            case "type" -> Field.TYPE;
            case "office" -> Field.OFFICE;
            case "declarant" -> Field.DECLARANT;
            case "importer" -> Field.IMPORTER;
            case "exporter" -> Field.EXPORTER;
            default -> null;
        };
        return f == null ? null : new FactKey(f, key.substring(eq + 1));
    }

    boolean metBy(DeclarationFacts facts) {
        return switch (field) {
            case HS -> {
                if (value.isEmpty()) yield false;
                for (GoodsItem item : facts.declaration().items()) {
                    if (item != null && item.hsCode() != null && item.hsCode().value().startsWith(value)) yield true;
                }
                yield false;
            }
            case ORIGIN -> {
                for (GoodsItem item : facts.declaration().items()) {
                    if (item != null && item.origin() != null && item.origin().value().equals(value)) yield true;
                }
                yield false;
            }
            case TYPE -> value.equals(facts.typeName());
            case OFFICE -> value.equals(facts.office());
            case DECLARANT -> value.equals(id(facts.declaration().declarant()));
            case IMPORTER -> value.equals(id(facts.declaration().importer()));
            case EXPORTER -> value.equals(id(facts.declaration().exporter()));
        };
    }

    /** The party's id, null when it has none (an absent party is no key). */
    static String id(Party p) { return p == null || p.id() == null ? null : p.id().value(); }
}
