package org.clearway.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;

/**
 * An invoice cannot be dated after the day of validation. The arrival date may lie ahead, because
 * declarations can be lodged before the goods arrive, but not further than the pre-lodgement window.
 */
public final class DateRule {
    /**
     * How many days before arrival a declaration may be lodged. 30 days is the usual limit for
     * pre-lodged import declarations (e.g. Union Customs Code Art. 171); beyond that the data is
     * too uncertain to assess risk on.
     */
    static final int PRE_LODGEMENT_DAYS = 30;

    public List<Problem> check(Declaration declaration, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (declaration.invoice() != null && declaration.invoice().date() != null && declaration.invoice().date().isAfter(today)) {
            problems.add(new Problem(ProblemCodes.DATE_IN_FUTURE, "invoice.date",
                    "the invoice is dated " + declaration.invoice().date() + ", after today (" + today + ")"));
        }
        LocalDate latestArrival = today.plusDays(PRE_LODGEMENT_DAYS);
        if (declaration.transport() != null && declaration.transport().arrivalDate() != null
                && declaration.transport().arrivalDate().isAfter(latestArrival)) {
            problems.add(new Problem(ProblemCodes.DATE_IN_FUTURE, "transport.arrivalDate",
                    "arrival on " + declaration.transport().arrivalDate() + " is more than " + PRE_LODGEMENT_DAYS
                            + " days ahead; lodge on or after " + declaration.transport().arrivalDate().minusDays(PRE_LODGEMENT_DAYS)));
        }
        return problems;
    }
}
