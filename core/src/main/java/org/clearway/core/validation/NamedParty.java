package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Party;

/** A party of the declaration with the path it sits at, so rules can walk all parties alike. */
record NamedParty(String path, Party party) {

    /** The parties that are present, in the order of the declaration's fields. */
    static List<NamedParty> of(Declaration d) {
        List<NamedParty> parties = new ArrayList<>(5);
        add(parties, "declarant", d.declarant());
        add(parties, "importer", d.importer());
        add(parties, "exporter", d.exporter());
        add(parties, "seller", d.seller());
        add(parties, "buyer", d.buyer());
        return parties;
    }

    private static void add(List<NamedParty> parties, String path, Party party) {
        if (party != null) parties.add(new NamedParty(path, party));
    }
}
