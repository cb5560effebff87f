package org.clearway.core.profile;

import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;

/**
 * What profiles can see of a declaration, for one assessment: the index keys ({@code hs=8471},
 * {@code origin=CN}, {@code office=GB000084}, ...) that pick the few profiles worth evaluating,
 * computed at once, and the variables of {@link ProfileLanguage}, each computed the first time an
 * expression reads it and then kept (most declarations have few candidate profiles, and building
 * every item's map for none of them would cost more than the rest of the assessment). Used by one
 * thread at a time.
 */
public final class DeclarationFacts implements CelVariableResolver {
    private final Declaration declaration;
    private final Set<String> keys;
    private final String office;
    private final DeclarationType type;
    private final LocalDate date;
    private final boolean aeo;
    private final double invoiceTotal;
    private final Map<String, Object> variables = new HashMap<>(8);

    private DeclarationFacts(Declaration declaration, Set<String> keys, String office, LocalDate date, double invoiceTotal) {
        this.declaration = declaration;
        this.keys = keys;
        this.office = office;
        this.type = declaration.type();
        this.date = date;
        this.aeo = !declaration.aeoAuthorisations().isEmpty();
        this.invoiceTotal = invoiceTotal;
    }

    public static DeclarationFacts of(Declaration d) {
        Set<String> keys = new HashSet<>(32);
        String office = d.transport() == null ? null : d.transport().customsOffice();
        for (GoodsItem item : d.items()) {
            if (item == null) continue;
            if (item.hsCode() != null) {
                String hs = item.hsCode().value();
                for (int len = 1; len <= hs.length(); len++) keys.add("hs=".concat(hs.substring(0, len)));
            }
            if (item.origin() != null) keys.add("origin=".concat(item.origin().value()));
        }
        keys.add("type=" + (d.type() == null ? "" : d.type().name()));
        if (office != null) keys.add("office=".concat(office));
        addParty(keys, "declarant=", d.declarant());
        addParty(keys, "importer=", d.importer());
        addParty(keys, "exporter=", d.exporter());
        double total = d.invoice() == null || d.invoice().total() == null ? 0.0 : d.invoice().total().amount().doubleValue();
        return new DeclarationFacts(d, keys, office, date(d), total);
    }

    private static void addParty(Set<String> keys, String prefix, Party p) {
        if (p != null && p.id() != null) keys.add(prefix.concat(p.id().value()));
    }

    /** The variable's value as CEL sees it; computed on first use. */
    @Override
    public Optional<Object> find(String name) {
        Object v = variables.get(name);
        if (v == null) {
            v = compute(name);
            if (v == null) return Optional.empty();
            variables.put(name, v);
        }
        return Optional.of(v);
    }

    private Object compute(String name) {
        Declaration d = declaration;
        return switch (name) {
            case "type" -> d.type() == null ? "" : d.type().name();
            case "office" -> office == null ? "" : office;
            case "declarant" -> partyId(d.declarant());
            case "importer" -> partyId(d.importer());
            case "exporter" -> partyId(d.exporter());
            case "importerCountry" -> partyCountry(d.importer());
            case "exporterCountry" -> partyCountry(d.exporter());
            case "aeo" -> aeo;
            case "mode" -> d.transport() == null || d.transport().mode() == null ? "" : d.transport().mode().name();
            case "currency" -> d.invoice() == null || d.invoice().total() == null ? "" : d.invoice().total().currency().value();
            case "invoiceTotal" -> invoiceTotal;
            case "items" -> {
                List<Map<String, Object>> items = new ArrayList<>(d.items().size());
                for (GoodsItem item : d.items()) if (item != null) items.add(item(item));
                yield items;
            }
            case "hsCodes" -> {
                List<String> codes = new ArrayList<>(d.items().size());
                for (GoodsItem item : d.items()) if (item != null && item.hsCode() != null) codes.add(item.hsCode().value());
                yield codes;
            }
            case "origins" -> {
                List<String> origins = new ArrayList<>(d.items().size());
                for (GoodsItem item : d.items()) if (item != null && item.origin() != null) origins.add(item.origin().value());
                yield origins;
            }
            default -> null;
        };
    }

    private static Map<String, Object> item(GoodsItem item) {
        Map<String, Object> m = new HashMap<>(16);
        if (item.hsCode() != null) {
            m.put("hs", item.hsCode().value());
            m.put("chapter", item.hsCode().chapter());
            m.put("heading", item.hsCode().heading());
        }
        if (item.origin() != null) m.put("origin", item.origin().value());
        if (item.description() != null) m.put("description", item.description());
        if (item.procedureCode() != null) m.put("procedure", item.procedureCode());
        if (item.preferenceCode() != null) m.put("preference", item.preferenceCode());
        if (item.netMass() != null) m.put("netMass", item.netMass().doubleValue());
        if (item.grossMass() != null) m.put("grossMass", item.grossMass().doubleValue());
        if (item.value() != null) m.put("value", item.value().doubleValue());
        // Value per kilogram only where both are known: an unknown mass must not look like a cheap one.
        if (item.value() != null && item.netMass() != null && item.netMass().signum() > 0) {
            m.put("valuePerKg", item.value().doubleValue() / item.netMass().doubleValue());
        }
        if (item.quantity() != null) {
            m.put("quantity", item.quantity().value().doubleValue());
            m.put("unit", item.quantity().unit());
        }
        return m;
    }

    private static String partyId(Party p) { return p == null || p.id() == null ? "" : p.id().value(); }

    private static String partyCountry(Party p) {
        return p == null || p.address() == null || p.address().country() == null ? "" : p.address().country().value();
    }

    /** The date profiles' validity is judged on: arrival, else the invoice date; null when neither is declared. */
    private static LocalDate date(Declaration d) {
        if (d.transport() != null && d.transport().arrivalDate() != null) return d.transport().arrivalDate();
        return d.invoice() == null ? null : d.invoice().date();
    }

    Set<String> keys() { return keys; }
    public String office() { return office; }
    public DeclarationType type() { return type; }
    public LocalDate date() { return date; }
    public boolean aeo() { return aeo; }
    public double invoiceTotal() { return invoiceTotal; }
}
