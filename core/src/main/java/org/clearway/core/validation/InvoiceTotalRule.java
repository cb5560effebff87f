package org.clearway.core.validation;

import java.math.BigDecimal;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Money;

/**
 * The item values (in the invoice currency) should add up to the invoice total. The policy allows
 * a relative tolerance for rounding per line and small charges on the invoice; beyond it, value
 * was probably left off or split wrongly, which matters for duty.
 */
public final class InvoiceTotalRule {
    private final BigDecimal tolerance;

    public InvoiceTotalRule(ValidationPolicy policy) { this.tolerance = policy.invoiceTolerance(); }

    public List<Problem> check(Declaration declaration) {
        if (declaration.invoice() == null || declaration.invoice().total() == null || declaration.items().isEmpty()) return List.of();
        Money invoice = declaration.invoice().total();
        // A missing or non-positive figure is reported by other rules; a sum over it would only repeat that.
        if (invoice.amount().signum() <= 0) return List.of();
        BigDecimal sum = BigDecimal.ZERO;
        for (GoodsItem item : declaration.items()) {
            if (item.value() == null) return List.of();
            sum = sum.add(item.value());
        }
        BigDecimal allowed = invoice.amount().multiply(tolerance);
        if (sum.subtract(invoice.amount()).abs().compareTo(allowed) <= 0) return List.of();
        return List.of(new Problem(ProblemCodes.INVOICE_TOTAL_MISMATCH, "invoice.amount",
                "the item values add up to " + sum.toPlainString() + " " + invoice.currency()
                        + " but the invoice amount is " + invoice + "; they may differ by at most "
                        + percent(tolerance) + " (" + allowed.stripTrailingZeros().toPlainString() + " " + invoice.currency() + ")"));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
