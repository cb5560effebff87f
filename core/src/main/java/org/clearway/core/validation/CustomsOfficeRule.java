package org.clearway.core.validation;

import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.CodeChars;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.ReferenceData;

/**
 * The customs office (of entry, or of exit for exports) is given by its reference number: the
 * country code and 6 letters or digits, as in the EU customs office list (e.g. NL000396).
 */
public final class CustomsOfficeRule {
    private static final String PATH = "transport.customsOffice";

    private final ReferenceData reference;

    public CustomsOfficeRule(ReferenceData reference) { this.reference = reference; }

    public List<Problem> check(Declaration declaration) {
        if (declaration.transport() == null) return List.of();
        String office = declaration.transport().customsOffice();
        if (office == null || office.isBlank()) return List.of();
        if (!(office.length() == 8 && CodeChars.capitals(office, 0, 2) && CodeChars.capitalsOrDigits(office, 2, 8))) {
            return List.of(new Problem(ProblemCodes.CUSTOMS_OFFICE_INVALID, PATH,
                    "'" + office + "' is not a customs office reference: 2-letter country code and 6 capital letters or digits, e.g. NL000396"));
        }
        CountryCode country = new CountryCode(office.substring(0, 2));
        if (!reference.isCountry(country)) {
            return List.of(new Problem(ProblemCodes.CUSTOMS_OFFICE_INVALID, PATH,
                    "customs office " + office + " starts with " + country + ", which is not a country code"));
        }
        return List.of();
    }
}
