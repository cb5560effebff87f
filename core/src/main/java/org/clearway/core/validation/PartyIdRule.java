package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.ReferenceData;

/**
 * A trader id (EORI style) starts with the code of the country that issued it, which must exist.
 * A made-up prefix usually means a mistyped or invented id, which risk analysis cannot trace.
 */
public final class PartyIdRule {
    /** Issuer prefixes in real use that are not ISO 3166-1 codes: XI, Northern Ireland EORIs (Windsor Framework). */
    private static final Set<String> NON_ISO_ISSUERS = Set.of("XI");

    private final ReferenceData reference;

    public PartyIdRule(ReferenceData reference) { this.reference = reference; }

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (NamedParty named : NamedParty.of(declaration)) {
            if (named.party().id() == null) continue;
            String prefix = named.party().id().countryPrefix();
            if (!NON_ISO_ISSUERS.contains(prefix) && !reference.isCountry(new CountryCode(prefix))) {
                problems.add(new Problem(ProblemCodes.PARTY_ID_COUNTRY_UNKNOWN, named.path() + ".id",
                        "the id " + named.party().id() + " starts with " + prefix + ", which is not a country code"));
            }
        }
        return problems;
    }
}
