package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;

class CustomsOfficeRuleTest {
    private final CustomsOfficeRule rule = new CustomsOfficeRule(BundledReferenceData.load());

    private Draft withOffice(String office) {
        Draft draft = Draft.anImport();
        draft.transport = new Transport(TransportMode.SEA, null, office, null, null, null);
        return draft;
    }

    @Test
    void aWellFormedOfficeOfARealCountryPasses() {
        assertThat(rule.check(withOffice("NL000396").build())).isEmpty();
        assertThat(rule.check(withOffice(null).build())).as("absence is RequiredElements' business").isEmpty();
    }

    @Test
    void theWrongShapeIsInvalid() {
        for (String office : new String[] {"NL00039", "nl000396", "NL-00396", "NL0003960"}) {
            assertThat(rule.check(withOffice(office).build())).as(office).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCodes.CUSTOMS_OFFICE_INVALID);
                assertThat(p.path()).isEqualTo("transport.customsOffice");
            });
        }
    }

    @Test
    void anOfficeInNoCountryIsInvalid() {
        assertThat(rule.check(withOffice("QQ000396").build())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("QQ, which is not a country code"));
    }
}
