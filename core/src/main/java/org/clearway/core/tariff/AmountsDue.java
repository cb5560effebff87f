package org.clearway.core.tariff;

import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.ExchangeRate;

/**
 * Duties and taxes owed on a declaration, in the administration's currency, with the breakdown per
 * item and the exchange rate used (absent when the invoice is already in the national currency). The
 * excise total is null when no item has an excise measure; {@code total} is duty + excise + VAT.
 */
public record AmountsDue(List<ItemAmounts> items, Money duty, Money vat, Money total, ExchangeRate exchangeRate, String note,
                         Money excise) {
    public AmountsDue {
        items = List.copyOf(items);
    }

    /** Amounts without excise. */
    public AmountsDue(List<ItemAmounts> items, Money duty, Money vat, Money total, ExchangeRate exchangeRate, String note) {
        this(items, duty, vat, total, exchangeRate, note, null);
    }
}
