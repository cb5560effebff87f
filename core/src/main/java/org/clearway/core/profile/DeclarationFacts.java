package org.clearway.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;

/**
 * What profiles can see of a declaration, computed once per declaration and shared by every profile:
 * the variables of {@link ProfileLanguage} and the index keys ({@code hs=8471}, {@code origin=CN},
 * {@code office=GB000084}, ...) that pick the few profiles worth evaluating.
 */
public final class DeclarationFacts {
    private final Map<String, Object> variables;
    private final Set<String> keys;
    private final String office;
    private final DeclarationType type;
    private final LocalDate date;
    private final boolean aeo;
    private final double invoiceTotal;

    private DeclarationFacts(Map<String, Object> variables, Set<String> keys, String office, DeclarationType type,
                             LocalDate date, boolean aeo) {
        this.invoiceTotal = (Double) variables.get("invoiceTotal");
        this.variables = variables;
        this.keys = keys;
        this.office = office;
        this.type = type;
        this.date = date;
        this.aeo = aeo;
    }

    public static DeclarationFacts of(Declaration d) {
        Map<String, Object> v = new HashMap<>(32);
        Set<String> keys = new HashSet<>(32);
        String office = d.transport() == null ? null : d.transport().customsOffice();
        String type = d.type() == null ? "" : d.type().name();
        v.put("type", type);
        v.put("office", office == null ? "" : office);
        v.put("declarant", partyId(d.declarant()));
        v.put("importer", partyId(d.importer()));
        v.put("exporter", partyId(d.exporter()));
        v.put("importerCountry", partyCountry(d.importer()));
        v.put("exporterCountry", partyCountry(d.exporter()));
        v.put("aeo", !d.aeoAuthorisations().isEmpty());
        v.put("mode", d.transport() == null || d.transport().mode() == null ? "" : d.transport().mode().name());
        v.put("currency", d.invoice() == null || d.invoice().total() == null ? "" : d.invoice().total().currency().value());
        v.put("invoiceTotal", d.invoice() == null || d.invoice().total() == null ? 0.0 : d.invoice().total().amount().doubleValue());
        List<Map<String, Object>> items = new ArrayList<>(d.items().size());
        List<String> hsCodes = new ArrayList<>(d.items().size());
        List<String> origins = new ArrayList<>(d.items().size());
        for (GoodsItem item : d.items()) {
            if (item == null) continue;
            items.add(item(item));
            if (item.hsCode() != null) {
                String hs = item.hsCode().value();
                hsCodes.add(hs);
                for (int len = 1; len <= hs.length(); len++) keys.add("hs=" + hs.substring(0, len));
            }
            if (item.origin() != null) {
                origins.add(item.origin().value());
                keys.add("origin=" + item.origin().value());
            }
        }
        v.put("items", items);
        v.put("hsCodes", hsCodes);
        v.put("origins", origins);
        keys.add("type=" + type);
        if (office != null) keys.add("office=" + office);
        for (String party : List.of("declarant", "importer", "exporter")) {
            String id = (String) v.get(party);
            if (!id.isEmpty()) keys.add(party + "=" + id);
        }
        return new DeclarationFacts(v, keys, office, d.type(), date(d), !d.aeoAuthorisations().isEmpty());
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

    Map<String, Object> variables() { return variables; }
    Set<String> keys() { return keys; }
    public String office() { return office; }
    public DeclarationType type() { return type; }
    public LocalDate date() { return date; }
    public boolean aeo() { return aeo; }
    public double invoiceTotal() { return invoiceTotal; }

}
