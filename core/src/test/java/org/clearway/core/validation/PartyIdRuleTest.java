package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearway.core.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;

class PartyIdRuleTest {
    private final PartyIdRule rule = new PartyIdRule(BundledReferenceData.load());

    @Test
    void idsIssuedByRealCountriesPass() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
    }

    @Test
    void northernIrelandEorisPass() {
        Draft draft = Draft.anImport();
        draft.importer = Draft.party("XI123456789000", "Belfast Imports Ltd", "GB");
        assertThat(rule.check(draft.build())).isEmpty();
    }

    @Test
    void anIdFromNoCountryIsReported() {
        Draft draft = Draft.anImport();
        draft.declarant = Draft.party("ZZ123456789", "Nowhere Brokers", "NL");
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.PARTY_ID_COUNTRY_UNKNOWN);
            assertThat(p.path()).isEqualTo("declarant.id");
        });
    }
}
