package org.clearway.core.profile;

import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;

/**
 * What profiles can see of a declaration, for one assessment: the facts the index looks up (its
 * items' codes and origins, office, type, parties: read from the declaration as they are, no key
 * texts made), and the variables of {@link ProfileLanguage}, each computed the first time an
 * expression reads it and then kept (most declarations have few candidate profiles, and building
 * every item's map for none of them would cost more than the rest of the assessment). Used by one
 * thread at a time.
 */
public final class DeclarationFacts implements CelVariableResolver {
    private final Declaration declaration;
    private final String office;
    private final DeclarationType type;
    private final LocalDate date;
    private final boolean aeo;
    private final double invoiceTotal;
    private final Map<String, Object> variables = new HashMap<>(8);
    private ItemFacts[] itemFacts;
    private List<String> hsCodes, origins;
    private String[] texts;
    private JavaExpression.Frame frame;

    private DeclarationFacts(Declaration declaration, String office, LocalDate date, double invoiceTotal) {
        this.declaration = declaration;
        this.office = office;
        this.type = declaration.type();
        this.date = date;
        this.aeo = !declaration.aeoAuthorisations().isEmpty();
        this.invoiceTotal = invoiceTotal;
    }

    public static DeclarationFacts of(Declaration d) {
        String office = d.transport() == null ? null : d.transport().customsOffice();
        double total = d.invoice() == null || d.invoice().total() == null ? 0.0 : d.invoice().total().amount().doubleValue();
        return new DeclarationFacts(d, office, date(d), total);
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
                ItemFacts[] all = items();
                List<Map<String, Object>> items = new ArrayList<>(all.length);
                for (ItemFacts item : all) items.add(item.asMap());
                yield items;
            }
            case "hsCodes" -> hsCodes();
            case "origins" -> origins();
            default -> null;
        };
    }

    /** Every item's facts, made on first use (for the expressions compiled to Java and for CEL's {@code items}). */
    ItemFacts[] items() {
        ItemFacts[] all = itemFacts;
        if (all == null) {
            List<ItemFacts> list = new ArrayList<>(declaration.items().size());
            for (GoodsItem item : declaration.items()) if (item != null) list.add(new ItemFacts(item));
            itemFacts = all = list.toArray(ItemFacts[]::new);
        }
        return all;
    }

    /** Every item's commodity code, made on first use. */
    List<String> hsCodes() {
        List<String> codes = hsCodes;
        if (codes == null) {
            codes = new ArrayList<>(declaration.items().size());
            for (GoodsItem item : declaration.items()) if (item != null && item.hsCode() != null) codes.add(item.hsCode().value());
            hsCodes = codes;
        }
        return codes;
    }

    /** Every item's origin, made on first use. */
    List<String> origins() {
        List<String> all = origins;
        if (all == null) {
            all = new ArrayList<>(declaration.items().size());
            for (GoodsItem item : declaration.items()) if (item != null && item.origin() != null) all.add(item.origin().value());
            origins = all;
        }
        return all;
    }

    /** The text variables of {@link ProfileLanguage}, numbered for {@link #text(int)}. */
    static final List<String> TEXT_VARIABLES = List.of("type", "office", "declarant", "importer", "exporter",
            "importerCountry", "exporterCountry", "mode", "currency");

    /** A text variable by its number in {@link #TEXT_VARIABLES}, computed on first use; never null. */
    String text(int variable) {
        String[] all = texts;
        if (all == null) texts = all = new String[TEXT_VARIABLES.size()];
        String v = all[variable];
        if (v == null) all[variable] = v = (String) compute(TEXT_VARIABLES.get(variable));
        return v;
    }

    /** The working space of the expressions compiled to Java (one thread at a time, like the facts). */
    JavaExpression.Frame frame() {
        JavaExpression.Frame f = frame;
        if (f == null) frame = f = new JavaExpression.Frame(this);
        return f;
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

    Declaration declaration() { return declaration; }
    /** The declaration type's name as index keys name it ({@code type=IMPORT}); "" when none is declared. */
    String typeName() { return type == null ? "" : type.name(); }
    public String office() { return office; }
    public DeclarationType type() { return type; }
    public LocalDate date() { return date; }
    public boolean aeo() { return aeo; }
    public double invoiceTotal() { return invoiceTotal; }
}
