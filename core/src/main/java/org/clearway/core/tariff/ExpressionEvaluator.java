package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;

/**
 * Evaluates a duty expression for one goods item: the amount in the national currency, unrounded,
 * with how it was reached; or the precise problem that stops it (a quantity not declared, a part of
 * the value not given, a rate defined by reference, a specific amount in a currency with no rate).
 */
final class ExpressionEvaluator {
    sealed interface Result {
        record Amount(BigDecimal value, String how) implements Result {}
        record Impossible(Problem problem) implements Result {}
    }

    private final ReferenceData reference;
    private final CurrencyCode national;

    ExpressionEvaluator(ReferenceData reference, CurrencyCode national) {
        this.reference = reference;
        this.national = national;
    }

    Result evaluate(DutyExpression e, String rateText, Money customsValue, DutyRequest.Line line, String path, LocalDate date) {
        if (e == null) {
            return impossible("TARIFF_RATE_UNREADABLE", path + ".hsCode", "the tariff's rate text \"" + rateText
                    + "\" for " + line.code() + " could not be read; no amount is computed (see `clearway tariff coverage --unparsed`)");
        }
        return switch (e) {
            case DutyExpression.Free f -> new Result.Amount(BigDecimal.ZERO, "free");
            case DutyExpression.AdValorem(BigDecimal percent, String basis) -> basis.isEmpty()
                    ? new Result.Amount(customsValue.amount().multiply(percent).movePointLeft(2),
                        percent.stripTrailingZeros().toPlainString() + " % of " + customsValue)
                    : impossible("COMPONENT_VALUE_MISSING", path + ".value", "the duty " + e.text() + " applies to the value of "
                        + basis + ", which the item does not give separately: declare the parts as separate items");
            case DutyExpression.Specific s -> specific(s, line, path, date);
            case DutyExpression.Compound(var parts) -> {
                BigDecimal sum = BigDecimal.ZERO;
                StringBuilder how = new StringBuilder();
                for (DutyExpression part : parts) {
                    Result r = evaluate(part, rateText, customsValue, line, path, date);
                    if (r instanceof Result.Impossible) yield r;
                    Result.Amount a = (Result.Amount) r;
                    sum = sum.add(a.value());
                    how.append(how.isEmpty() ? "" : " + ").append(a.how());
                }
                yield new Result.Amount(sum, how.toString());
            }
            case DutyExpression.AtLeast(var duty, var minimum) -> bound(duty, minimum, true, rateText, customsValue, line, path, date);
            case DutyExpression.AtMost(var duty, var maximum) -> bound(duty, maximum, false, rateText, customsValue, line, path, date);
            case DutyExpression.Reference(String to) -> impossible("TARIFF_RATE_BY_REFERENCE", path + ".hsCode",
                    "the rate for " + line.code() + " is defined by reference (\"" + to + "\"); declare the line the reference points to");
        };
    }

    private Result bound(DutyExpression duty, DutyExpression limit, boolean floor, String rateText, Money value,
                         DutyRequest.Line line, String path, LocalDate date) {
        Result d = evaluate(duty, rateText, value, line, path, date);
        if (d instanceof Result.Impossible) return d;
        Result l = evaluate(limit, rateText, value, line, path, date);
        if (l instanceof Result.Impossible) return l;
        Result.Amount a = (Result.Amount) d, b = (Result.Amount) l;
        boolean useLimit = floor ? b.value().compareTo(a.value()) > 0 : b.value().compareTo(a.value()) < 0;
        return useLimit ? new Result.Amount(b.value(), b.how() + (floor ? " (the minimum, above " : " (the maximum, below ") + a.how() + ")") : a;
    }

    private Result specific(DutyExpression.Specific s, DutyRequest.Line line, String path, LocalDate date) {
        Optional<BigDecimal> quantity = UnitQuantities.in(s.unit(), s.basis().isEmpty(), line.quantity(), line.netMass());
        if (quantity.isEmpty()) {
            return impossible("UNIT_QUANTITY_MISSING", path + ".quantity", "the duty " + s.text() + " is per " + s.unit()
                    + (s.basis().isEmpty() ? "" : " of " + s.basis()) + ": declare the quantity in " + s.unit()
                    + (s.unit().equals("KGM") && s.basis().isEmpty() ? " (or the net mass)" : ""));
        }
        BigDecimal fx = BigDecimal.ONE;
        String converted = "";
        if (!s.currency().equals(national)) {
            Optional<ExchangeRate> r = reference.exchangeRate(s.currency(), national, date);
            if (r.isEmpty()) {
                return impossible("EXCHANGE_RATE_MISSING", path + ".hsCode", "no exchange rate from " + s.currency() + " to "
                        + national + " is in force on " + date + " for the specific duty " + s.text());
            }
            fx = r.get().rate();
            converted = " × " + fx.toPlainString() + " " + national + "/" + s.currency();
        }
        BigDecimal amount = s.amount().multiply(quantity.get()).multiply(fx);
        return new Result.Amount(amount, s.amount().stripTrailingZeros().toPlainString() + " " + s.currency() + "/" + s.unit()
                + " × " + quantity.get().stripTrailingZeros().toPlainString() + " " + s.unit() + converted);
    }

    private static Result impossible(String code, String path, String message) {
        return new Result.Impossible(new Problem(code, path, message));
    }
}
