package org.clearway.analytics.targeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.analytics.ItemFacts;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;

/**
 * Maps a Clearway declaration to what the model sees: one {@link ItemFacts} per goods item, with the
 * declarant, importer and seller ids (EORI), the customs office, the declaration type as the
 * process type, the procedure code as the import type, the transport mode code, the country of the
 * place of loading as the country of departure, and per item the HS code, origin, net mass and value.
 * What a Clearway declaration does not carry (courier, tax type, payment type) is left empty, which
 * the model treats as missing.
 */
public final class DeclarationFacts {
    private DeclarationFacts() {}

    public static List<ItemFacts> of(Declaration d, String declarationId, LocalDate date) {
        List<ItemFacts> out = new ArrayList<>();
        String office = d.transport() == null || d.transport().customsOffice() == null ? "" : d.transport().customsOffice();
        String mode = d.transport() == null || d.transport().mode() == null ? "" : String.valueOf(d.transport().mode().code());
        String departure = d.transport() == null || d.transport().loadingLocation() == null ? ""
                : d.transport().loadingLocation().value().substring(0, 2);
        for (GoodsItem item : d.items()) {
            out.add(new ItemFacts(declarationId + "/" + item.sequence(), date, office,
                    d.type() == null ? "" : d.type().name(), text(item.procedureCode()), "", "", mode,
                    id(d.declarant()), id(d.importer()), id(d.seller()), "",
                    item.hsCode() == null ? "" : item.hsCode().value(), departure,
                    item.origin() == null ? "" : item.origin().value(), Double.NaN, "", text(item.preferenceCode()),
                    item.netMass() == null ? Double.NaN : item.netMass().doubleValue(),
                    item.value() == null ? Double.NaN : item.value().doubleValue()));
        }
        return out;
    }

    private static String id(Party p) { return p == null || p.id() == null ? "" : p.id().value(); }

    private static String text(String s) { return s == null ? "" : s; }
}
