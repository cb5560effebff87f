package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;

/**
 * A provisional calculation until national tariffs are loaded: one ad valorem duty rate for every
 * commodity and one VAT rate on customs value plus duty, in the national currency at the ECB rate in
 * force. Exports owe nothing; a low-value consignment whose total customs value is at or under the
 * duty de minimis owes VAT only. The customs value is the item value as invoiced (transaction value).
 * Each amount is rounded to cents, half up, per item; totals are sums of the rounded item amounts.
 */
public final class FlatRateDutyCalculator implements DutyCalculator {
    private final ReferenceData reference;
    private final CurrencyCode nationalCurrency;
    private final BigDecimal dutyRate;
    private final BigDecimal vatRate;
    private final BigDecimal dutyDeMinimis;

    public FlatRateDutyCalculator(ReferenceData reference, CurrencyCode nationalCurrency,
                                  BigDecimal dutyRate, BigDecimal vatRate, BigDecimal dutyDeMinimis) {
        this.reference = reference;
        this.nationalCurrency = nationalCurrency;
        this.dutyRate = dutyRate;
        this.vatRate = vatRate;
        this.dutyDeMinimis = dutyDeMinimis;
    }

    @Override
    public DutyCalculation calculate(Declaration declaration, LocalDate date) {
        CurrencyCode invoiceCurrency = declaration.invoice().total().currency();
        ExchangeRate rate = null;
        if (!invoiceCurrency.equals(nationalCurrency)) {
            Optional<ExchangeRate> found = reference.exchangeRate(invoiceCurrency, nationalCurrency, date);
            if (found.isEmpty()) {
                return new DutyCalculation.NotCalculable(List.of(new Problem("EXCHANGE_RATE_MISSING", "invoice.currency",
                        "no exchange rate from " + invoiceCurrency + " to " + nationalCurrency + " is in force on " + date)));
            }
            rate = found.get();
        }
        BigDecimal factor = rate == null ? BigDecimal.ONE : rate.rate();

        List<Money> values = new ArrayList<>();
        Money totalValue = Money.zero(nationalCurrency);
        for (GoodsItem item : declaration.items()) {
            Money value = new Money(item.value().multiply(factor), nationalCurrency).roundedToCents();
            values.add(value);
            totalValue = totalValue.plus(value);
        }

        boolean export = declaration.type() == DeclarationType.EXPORT;
        boolean underDeMinimis = declaration.type() == DeclarationType.LOW_VALUE
                && totalValue.amount().compareTo(dutyDeMinimis) <= 0;
        List<ItemAmounts> items = new ArrayList<>();
        Money duty = Money.zero(nationalCurrency);
        Money vat = Money.zero(nationalCurrency);
        for (int i = 0; i < declaration.items().size(); i++) {
            GoodsItem item = declaration.items().get(i);
            Money value = values.get(i);
            Money itemDuty;
            String dutyBasis;
            if (export) {
                itemDuty = Money.zero(nationalCurrency);
                dutyBasis = "export: no import duty";
            } else if (underDeMinimis) {
                itemDuty = Money.zero(nationalCurrency);
                dutyBasis = "low-value consignment at or under the duty de minimis of " + dutyDeMinimis.toPlainString() + " " + nationalCurrency;
            } else {
                itemDuty = new Money(value.amount().multiply(dutyRate), nationalCurrency).roundedToCents();
                dutyBasis = percent(dutyRate) + " ad valorem on " + value + " (provisional flat rate: no national tariff loaded)";
            }
            Money itemVat;
            String vatBasis;
            if (export) {
                itemVat = Money.zero(nationalCurrency);
                vatBasis = "export: zero-rated";
            } else {
                Money base = value.plus(itemDuty);
                itemVat = new Money(base.amount().multiply(vatRate), nationalCurrency).roundedToCents();
                vatBasis = percent(vatRate) + " VAT on customs value plus duty, " + base;
            }
            items.add(new ItemAmounts(item.sequence(), value, itemDuty, dutyBasis, itemVat, vatBasis));
            duty = duty.plus(itemDuty);
            vat = vat.plus(itemVat);
        }
        String note = rate == null ? "amounts in " + nationalCurrency
                : "converted at " + rate.rate().toPlainString() + " " + nationalCurrency + " per " + invoiceCurrency
                  + " (" + rate.source() + ", " + rate.publishedOn() + "); rounded to cents, half up, per item";
        return new DutyCalculation.Calculated(new AmountsDue(items, duty, vat, duty.plus(vat), rate, note));
    }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }
}
