package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;

/**
 * The customs value of each item from its invoiced value (already in the national currency) and the
 * administration's basis. CIF: an Incoterm without main carriage (EXW, FCA, FAS, FOB) needs freight
 * and insurance to the border added. FOB: an Incoterm with main carriage (CFR, CIF, CPT, CIP, DAP,
 * DPU, DDP) needs them taken off. TRANSACTION, or no Incoterm declared: the invoice value as it is.
 * The adjustment is converted at the invoice's rate, rounded to cents and shared over the items in
 * proportion to their value (each share rounded to cents, half up; the last item takes the remainder).
 * Without the freight and insurance a needed adjustment is a problem.
 */
final class Valuation {
    record Adjusted(List<Money> values, String note) {}

    /** The notes of the invoice value taken as it is: the same text every time, made once. */
    static final String AS_INVOICED_NO_INCOTERM = "customs value = invoice value (no Incoterm declared)";
    static final String AS_INVOICED_TRANSACTION = "customs value = invoice value (transaction value)";

    private Valuation() {}

    static Adjusted adjust(ValuationBasis basis, DutyRequest request, List<Money> invoiced, BigDecimal factor, CurrencyCode national,
                           ReferenceData reference, LocalDate date, List<Problem> problems) {
        Incoterm term = request.incoterm();
        if (basis == ValuationBasis.TRANSACTION || term == null) {
            return new Adjusted(invoiced, term == null ? AS_INVOICED_NO_INCOTERM : AS_INVOICED_TRANSACTION);
        }
        boolean add = basis == ValuationBasis.CIF && !term.includesMainCarriage();
        boolean deduct = basis == ValuationBasis.FOB && term.includesMainCarriage();
        if (!add && !deduct) return new Adjusted(invoiced, "customs value = invoice value (" + term + " matches the " + basis + " basis)");
        if (request.freight() == null || request.insurance() == null) {
            String missing = request.freight() == null ? "freight" : "insurance";
            problems.add(new Problem("VALUATION_COSTS_MISSING", request.costsPath() + missing, "the customs value is on a " + basis + " basis and the invoice is "
                    + term + ": freight and insurance to the border must be " + (add ? "added" : "taken off") + "; give both"));
            return new Adjusted(invoiced, "");
        }
        Money costs = Money.zero(national);
        for (String which : List.of("freight", "insurance")) {
            Money m = which.equals("freight") ? request.freight() : request.insurance();
            String path = request.costsPath() + which + ".currency";
            BigDecimal fx = factor;
            if (m.currency().equals(national)) fx = BigDecimal.ONE;
            else if (!m.currency().equals(request.currency())) {
                if (!reference.isCurrency(m.currency())) {
                    problems.add(new Problem("CURRENCY_UNKNOWN", path, m.currency() + " is not an ISO 4217 currency"));
                    return new Adjusted(invoiced, "");
                }
                Optional<ExchangeRate> r = reference.exchangeRate(m.currency(), national, date);
                if (r.isEmpty()) {
                    problems.add(new Problem("EXCHANGE_RATE_MISSING", path, "no exchange rate from " + m.currency() + " to " + national + " on " + date));
                    return new Adjusted(invoiced, "");
                }
                fx = r.get().rate();
            }
            costs = costs.plus(new Money(m.amount().multiply(fx), national).roundedToCents());
        }
        BigDecimal total = invoiced.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> values = new ArrayList<>();
        BigDecimal left = costs.amount();
        for (int i = 0; i < invoiced.size(); i++) {
            BigDecimal share = i == invoiced.size() - 1 || total.signum() == 0 ? left
                    : costs.amount().multiply(invoiced.get(i).amount()).divide(total, 2, RoundingMode.HALF_UP);
            left = left.subtract(share);
            BigDecimal v = add ? invoiced.get(i).amount().add(share) : invoiced.get(i).amount().subtract(share);
            if (v.signum() < 0) {
                problems.add(new Problem("VALUATION_NEGATIVE", request.costsPath() + "freight", "freight and insurance exceed the value of item " + (i + 1)));
                return new Adjusted(invoiced, "");
            }
            values.add(new Money(v, national));
        }
        return new Adjusted(values, "customs value = invoice value " + (add ? "+ " : "- ") + costs + " freight and insurance ("
                + basis + " basis, " + term + "), shared by value");
    }
}
