package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.Transport;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.reference.UnLocode;

/**
 * Codes that are well formed must also exist: the countries of the parties' addresses and of the
 * goods' origin (ISO 3166-1), the invoice currency (active ISO 4217 codes only) and the places of
 * loading and unloading (UN/LOCODE). Absent codes are the business of {@link RequiredElements}.
 */
public final class ReferenceCodesRule {
    private final ReferenceData reference;

    public ReferenceCodesRule(ReferenceData reference) { this.reference = reference; }

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (NamedParty named : NamedParty.of(declaration)) {
            Party party = named.party();
            // The path is made only for a problem: this runs for every party of every declaration.
            CountryCode country = party.address() == null ? null : party.address().country();
            if (country != null && !reference.isCountry(country)) country(country, named.path() + ".address.country", problems);
        }
        for (int i = 0; i < declaration.items().size(); i++) {
            GoodsItem item = declaration.items().get(i);
            country(item.origin(), Paths.item(i, "origin"), problems);
        }
        if (declaration.invoice() != null && declaration.invoice().total() != null) {
            var currency = declaration.invoice().total().currency();
            if (!reference.isCurrency(currency)) {
                problems.add(new Problem(ProblemCodes.CURRENCY_UNKNOWN, "invoice.currency",
                        currency + " is not an ISO 4217 currency in use"));
            }
        }
        Transport transport = declaration.transport();
        if (transport != null) {
            location(transport.loadingLocation(), "transport.loadingLocation", problems);
            location(transport.unloadingLocation(), "transport.unloadingLocation", problems);
        }
        return problems;
    }

    private void country(CountryCode code, String path, List<Problem> problems) {
        if (code != null && !reference.isCountry(code)) {
            problems.add(new Problem(ProblemCodes.COUNTRY_UNKNOWN, path, code + " is not an ISO 3166-1 country code"));
        }
    }

    private void location(UnLocode code, String path, List<Problem> problems) {
        if (code != null && !reference.isLocation(code)) {
            problems.add(new Problem(ProblemCodes.LOCATION_UNKNOWN, path, code + " is not a UN/LOCODE location"));
        }
    }
}
