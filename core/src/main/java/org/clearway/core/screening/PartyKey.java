package org.clearway.core.screening;

import org.clearway.core.declaration.Party;

/**
 * Who a false-positive clearance is remembered for: the party's id (EORI) when it has one, else its
 * normalised name and country, so "ACME Ltd." and "Acme LTD" from GB are the same party.
 */
public final class PartyKey {
    private PartyKey() {}

    public static String of(Party party) {
        if (party.id() != null) return "id:" + party.id().value();
        String country = party.address() == null || party.address().country() == null ? "" : party.address().country().value();
        return of(party.name(), country);
    }

    public static String of(String name, String country) {
        return "name:" + NameNormaliser.canonical(name) + "|" + (country == null ? "" : country);
    }
}
