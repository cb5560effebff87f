package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.UnLocode;
import org.junit.jupiter.api.Test;

class ReferenceCodesRuleTest {
    private final ReferenceCodesRule rule = new ReferenceCodesRule(BundledReferenceData.load());

    @Test
    void realCodesPass() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
        assertThat(rule.check(Draft.anExport().build())).isEmpty();
    }

    @Test
    void unknownCountriesAreReportedWhereTheyStand() {
        Draft draft = Draft.anImport().item(1, i -> ItemChanges.origin(i, "XX"));
        draft.seller = Draft.party(null, "Trading House", "QZ");
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCodes.COUNTRY_UNKNOWN, "seller.address.country"),
                tuple(ProblemCodes.COUNTRY_UNKNOWN, "items[1].origin"));
    }

    @Test
    void aWithdrawnCurrencyIsUnknown() {
        Draft draft = Draft.anImport();
        draft.invoice = new Invoice(Money.of("1000.00", "DEM"), draft.invoice.date());
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.CURRENCY_UNKNOWN);
            assertThat(p.path()).isEqualTo("invoice.currency");
            assertThat(p.message()).contains("DEM");
        });
    }

    @Test
    void unknownLocations() {
        Draft draft = Draft.anImport();
        draft.transport = new Transport(TransportMode.SEA, null, "NL000396", new UnLocode("CNQQQ"), new UnLocode("NLRTM"), null);
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCodes.LOCATION_UNKNOWN, "transport.loadingLocation"));
    }
}
