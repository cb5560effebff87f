package org.clearway.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.reference.ReferenceData;

/**
 * The reduced data set of a low-value consignment is only allowed up to the administration's
 * ceiling, in its national currency at the exchange rate in force on the day of validation.
 * Above it, the goods need a full IMPORT declaration.
 */
public final class LowValueRule {
    private final ReferenceData reference;
    private final ValidationPolicy policy;

    public LowValueRule(ReferenceData reference, ValidationPolicy policy) {
        this.reference = reference;
        this.policy = policy;
    }

    public List<Problem> check(Declaration declaration, LocalDate today) {
        if (declaration.type() != DeclarationType.LOW_VALUE) return List.of();
        if (declaration.invoice() == null || declaration.invoice().total() == null) return List.of();
        Money total = declaration.invoice().total();
        // An unknown currency is already CURRENCY_UNKNOWN; a conversion problem on top would say it twice.
        if (!reference.isCurrency(total.currency())) return List.of();
        CurrencyCode national = policy.nationalCurrency();
        Optional<ExchangeRate> rate = reference.exchangeRate(total.currency(), national, today);
        if (rate.isEmpty()) {
            return List.of(new Problem(ProblemCodes.EXCHANGE_RATE_MISSING, "invoice.currency",
                    "no exchange rate from " + total.currency() + " to " + national + " is in force on " + today
                            + ", so the low-value ceiling cannot be checked"));
        }
        // Compared unrounded; rounded to cents only for the message.
        BigDecimal converted = total.amount().multiply(rate.get().rate(), MathContext.DECIMAL64);
        if (converted.compareTo(policy.lowValueCeiling()) <= 0) return List.of();
        String conversion = total.currency().equals(national) ? ""
                : " (" + converted.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + national
                        + " at the rate of " + rate.get().publishedOn() + ", " + rate.get().rate().toPlainString() + ")";
        return List.of(new Problem(ProblemCodes.LOW_VALUE_CEILING_EXCEEDED, "invoice.amount",
                "the consignment is worth " + total + conversion + ", more than the low-value ceiling of "
                        + policy.lowValueCeiling().toPlainString() + " " + national + "; lodge a full IMPORT declaration"));
    }
}
