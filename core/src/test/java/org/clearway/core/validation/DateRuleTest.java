package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.validation.Draft.TODAY;

import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.UnLocode;
import org.junit.jupiter.api.Test;

class DateRuleTest {
    private final DateRule rule = new DateRule();

    private static Draft arriving(int daysAhead) {
        Draft draft = Draft.anImport();
        draft.transport = new Transport(TransportMode.SEA, null, "NL000396", new UnLocode("CNSHA"), new UnLocode("NLRTM"),
                TODAY.plusDays(daysAhead));
        return draft;
    }

    @Test
    void anInvoiceOfTodayPasses() {
        Draft draft = Draft.anImport();
        draft.invoice = new Invoice(draft.invoice.total(), TODAY);
        assertThat(rule.check(draft.build(), TODAY)).isEmpty();
    }

    @Test
    void anInvoiceFromTomorrowIsInTheFuture() {
        Draft draft = Draft.anImport();
        draft.invoice = new Invoice(draft.invoice.total(), TODAY.plusDays(1));
        assertThat(rule.check(draft.build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.DATE_IN_FUTURE);
            assertThat(p.path()).isEqualTo("invoice.date");
        });
    }

    @Test
    void goodsMayBeDeclaredUpTo30DaysBeforeArrival() {
        assertThat(rule.check(arriving(30).build(), TODAY)).isEmpty();
        assertThat(rule.check(arriving(31).build(), TODAY)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.DATE_IN_FUTURE);
            assertThat(p.path()).isEqualTo("transport.arrivalDate");
            assertThat(p.message()).contains("lodge on or after " + TODAY.plusDays(1));
        });
        assertThat(rule.check(arriving(-10).build(), TODAY)).as("goods already arrived").isEmpty();
    }
}
