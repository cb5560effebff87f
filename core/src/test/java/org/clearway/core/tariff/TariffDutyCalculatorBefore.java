package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.reference.ReferenceData;
import org.clearway.core.validation.Problem;

/**
 * TariffDutyCalculator as it was before it kept what does not change between calls (the exchange
 * rate of a currency on a date, a code's lookup, the constant parts of the bases' text): the oracle
 * TariffDutyCalculatorDifferentialTest holds the calculator to, and the baseline of DutyCpu. Not used
 * by the application. Its rules, in full:
 * <p>
 * Duties and taxes from a national tariff (see docs/tariff.md for the rules in full):
 * <ol>
 * <li>Each item value is converted to the national currency at the ECB rate in force on the date and
 *     rounded to cents, half up; freight and insurance are added (CIF basis, an Incoterm without main
 *     carriage) or taken off (FOB basis, an Incoterm with it), shared by value, when given.</li>
 * <li>Exports owe nothing. Declaration types under the de minimis owe no duty (no tax) when the total
 *     customs value is at or under the duty (tax) threshold.</li>
 * <li>Otherwise the item's code is looked up; the measures in force on the date that cover the origin
 *     apply: a prohibition stops it; a non-MFN duty replaces the third-country one; the lowest of the
 *     third-country duty and any preferential duty for the origin is chosen; additional duties add.</li>
 * <li>The duty is the exact sum, rounded to cents, half up, per item; VAT is the rate times the customs
 *     value (plus the duty, where configured), rounded per item; totals are sums of rounded item amounts.</li>
 * </ol>
 * Anything missing for an amount is a problem, never a guess.
 */
public final class TariffDutyCalculatorBefore implements DutyCalculator {
    private final Tariff tariff;
    private final ReferenceData reference;
    private final ExpressionEvaluator evaluator;

    public TariffDutyCalculatorBefore(Tariff tariff, ReferenceData reference) {
        this.tariff = tariff;
        this.reference = reference;
        this.evaluator = new ExpressionEvaluator(reference, tariff.settings().currency());
    }

    public Tariff tariff() { return tariff; }

    @Override
    public DutyCalculation calculate(Declaration declaration, LocalDate date) {
        return calculate(DutyRequest.of(declaration), date);
    }

    public DutyCalculation calculate(DutyRequest request, LocalDate date) {
        TariffSettings s = tariff.settings();
        CurrencyCode national = s.currency();
        List<Problem> problems = new ArrayList<>();
        ExchangeRate rate = null;
        if (request.currency() == null) {
            return fail(new Problem("CURRENCY_MISSING", "invoice.currency", "the invoice currency is needed to compute a customs value"));
        }
        if (!request.currency().equals(national)) {
            if (!reference.isCurrency(request.currency())) {
                return fail(new Problem("CURRENCY_UNKNOWN", "invoice.currency", request.currency() + " is not an ISO 4217 currency"));
            }
            Optional<ExchangeRate> found = reference.exchangeRate(request.currency(), national, date);
            if (found.isEmpty()) {
                return fail(new Problem("EXCHANGE_RATE_MISSING", "invoice.currency",
                        "no exchange rate from " + request.currency() + " to " + national + " is in force on " + date));
            }
            rate = found.get();
        }
        BigDecimal factor = rate == null ? BigDecimal.ONE : rate.rate();

        List<Money> invoiced = new ArrayList<>();
        for (DutyRequest.Line line : request.lines()) {
            invoiced.add(new Money(line.value().multiply(factor), national).roundedToCents());
        }
        boolean export = request.type() == DeclarationType.EXPORT;
        // An export owes no import duty: its value is as invoiced, with no freight adjustment to ask for.
        Valuation.Adjusted valued = export ? new Valuation.Adjusted(invoiced, "export: value as invoiced")
                : Valuation.adjust(s.valuationBasis(), request, invoiced, factor, national, reference, date, problems);
        if (!problems.isEmpty()) return new DutyCalculation.NotCalculable(problems);
        List<Money> values = valued.values();
        Money totalValue = Money.zero(national);
        for (Money v : values) totalValue = totalValue.plus(v);

        boolean deMinimisType = s.deMinimisTypes().contains(request.type());
        ParcelFlatDuty flat = export || s.flatDuty() == null || !s.flatDuty().appliesTo(request.type(), totalValue.amount(), date)
                ? null : s.flatDuty();
        boolean noDuty = flat == null && deMinimisType && totalValue.amount().compareTo(s.dutyDeMinimis()) <= 0;
        boolean noTax = deMinimisType && totalValue.amount().compareTo(s.taxDeMinimis()) <= 0;

        List<ItemAmounts> items = new ArrayList<>();
        Money duty = Money.zero(national), vat = Money.zero(national), excise = null;
        Map<String, Integer> flatCharged = new HashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            DutyRequest.Line line = request.lines().get(i);
            Money value = values.get(i);
            String path = itemPath(i);
            // The measures that apply to the item; under the de minimis or the flat rule the tariff's duty
            // is not used, so a code it does not list is no problem there (as before), but a prohibition
            // or an excise set for a line it does list still applies.
            List<Measure> applicable = null;
            TariffLookup.Found found = null;
            if (!export) {
                boolean strict = !noDuty && flat == null;
                if (line.code() == null) {
                    if (strict) { problems.add(new Problem("TARIFF_CODE_MISSING", path + ".hsCode", "a commodity code is needed for the duty")); continue; }
                } else {
                    TariffLookup lookup = tariff.lookup(line.code());
                    if (lookup instanceof TariffLookup.Found f) {
                        found = f;
                        String origin = line.origin() == null ? "" : line.origin();
                        applicable = tariff.applicable(f.measures(), origin, date);
                        Measure prohibition = first(applicable, MeasureType.PROHIBITION);
                        if (prohibition != null) {
                            problems.add(new Problem("IMPORT_PROHIBITED", path + ".origin", "goods of " + line.code() + " from " + origin
                                    + " may not be imported on " + date + " (" + prohibition.legalBase() + ")"));
                            continue;
                        }
                    } else if (strict) {
                        problems.add(notFound(lookup, path));
                        continue;
                    }
                }
            }
            ItemDuty d;
            if (export) d = new ItemDuty(Money.zero(national), "export: no import duty", "", "");
            else if (noDuty) d = new ItemDuty(Money.zero(national), "total customs value " + totalValue + " at or under the duty de minimis of "
                    + s.dutyDeMinimis().toPlainString() + " " + national + " for " + request.type(), "", "");
            else if (flat != null) d = flatDuty(flat, line, i, totalValue, flatCharged, national);
            else d = itemDuty(found, applicable, line, value, path, date, problems);
            if (d == null) continue;
            ItemDuty x = applicable == null ? null : excise(applicable, line, value, path, date, problems);
            if (x == BLOCKED) continue;
            Money itemVat;
            String vatBasis;
            if (export) { itemVat = Money.zero(national); vatBasis = "export: zero-rated"; }
            else if (s.vatRate().signum() == 0) { itemVat = Money.zero(national); vatBasis = "no VAT in this administration"; }
            else if (noTax) {
                itemVat = Money.zero(national);
                vatBasis = "total customs value at or under the tax de minimis of " + s.taxDeMinimis().toPlainString() + " " + national;
            } else {
                Money base = s.vatOnDuty() ? value.plus(d.duty()) : value;
                boolean withExcise = s.vatOnExcise() && x != null;
                if (withExcise) base = base.plus(x.duty());
                itemVat = new Money(base.amount().multiply(s.vatRate()), national).roundedToCents();
                vatBasis = percent(s.vatRate()) + " VAT on customs value" + (s.vatOnDuty() ? " plus duty" : "")
                        + (withExcise ? " plus excise" : "") + ", " + base;
            }
            items.add(x == null
                    ? new ItemAmounts(line.sequence(), value, d.duty(), d.basis(), itemVat, vatBasis, line.code(), d.measure(), d.expression())
                    : new ItemAmounts(line.sequence(), value, d.duty(), d.basis(), itemVat, vatBasis, line.code(), d.measure(), d.expression(),
                        x.duty(), x.basis(), x.measure(), x.expression()));
            duty = duty.plus(d.duty());
            vat = vat.plus(itemVat);
            if (x != null) excise = excise == null ? x.duty() : excise.plus(x.duty());
        }
        if (!problems.isEmpty()) return new DutyCalculation.NotCalculable(problems);
        String note = (rate == null ? "amounts in " + national
                : "converted at " + rate.rate().toPlainString() + " " + national + " per " + request.currency()
                  + " (" + rate.source() + ", " + rate.publishedOn() + ")")
                + "; " + valued.note() + "; tariff " + s.id() + "; rounded to cents, half up, per item";
        Money total = duty.plus(vat);
        if (excise != null) total = total.plus(excise);
        return new DutyCalculation.Calculated(new AmountsDue(items, duty, vat, total, rate, note, excise));
    }

    private record ItemDuty(Money duty, String basis, String measure, String expression) {}

    /** An excise that could not be computed: the problem is already listed. */
    private static final ItemDuty BLOCKED = new ItemDuty(null, "", "", "");

    private Problem notFound(TariffLookup lookup, String path) {
        return switch (lookup) {
            case TariffLookup.Unknown u -> new Problem("TARIFF_CODE_UNKNOWN", path + ".hsCode", "the tariff " + tariff.settings().id()
                    + " has no line " + u.code());
            case TariffLookup.NotDeclarable n -> new Problem("TARIFF_CODE_NOT_DECLARABLE", path + ".hsCode", n.code()
                    + " is not a declarable line of tariff " + tariff.settings().id() + ": its lines carry different measures; declare one of "
                    + String.join(", ", n.lines()));
            case TariffLookup.Found f -> throw new IllegalStateException("found is not a problem");
        };
    }

    /**
     * The flat duty per heading: the first item of each heading in the consignment carries the amount,
     * later items of the same heading none (their basis says which item carries it).
     */
    private static ItemDuty flatDuty(ParcelFlatDuty flat, DutyRequest.Line line, int index, Money totalValue,
                                     Map<String, Integer> charged, CurrencyCode national) {
        String heading = line.code() == null ? "(no code, item " + line.sequence() + ")" : flat.heading(line.code());
        Integer first = charged.putIfAbsent(heading, line.sequence());
        String rule = "flat duty of " + flat.amount().toPlainString() + " " + national + " per " + flat.per() + " for a consignment of "
                + totalValue + " (at or under " + flat.ceiling().toPlainString() + " " + national + "), in place of the de minimis and the tariff rate";
        if (first != null) {
            return new ItemDuty(Money.zero(national), rule + ": " + flat.per() + " " + heading + " is charged on item " + first,
                    "FLAT_RATE_DUTY " + flat.per() + " " + heading, flat.amount().toPlainString() + " " + national + "/" + flat.per());
        }
        return new ItemDuty(new Money(flat.amount(), national).roundedToCents(), rule + ": " + flat.per() + " " + heading,
                "FLAT_RATE_DUTY " + flat.per() + " " + heading, flat.amount().toPlainString() + " " + national + "/" + flat.per());
    }

    /** The excise measures that apply to the item, summed; null when none applies; BLOCKED when one cannot be computed. */
    private ItemDuty excise(List<Measure> applicable, DutyRequest.Line line, Money value, String path, LocalDate date, List<Problem> problems) {
        CurrencyCode national = tariff.settings().currency();
        BigDecimal total = null;
        StringBuilder measure = new StringBuilder(), expression = new StringBuilder(), basis = new StringBuilder();
        for (Measure m : applicable) {
            if (m.type() != MeasureType.EXCISE) continue;
            ExpressionEvaluator.Result r = evaluator.evaluate(m.expression(), m.rateText(), value, line, path, date);
            if (r instanceof ExpressionEvaluator.Result.Impossible(Problem p)) { problems.add(p); return BLOCKED; }
            ExpressionEvaluator.Result.Amount a = (ExpressionEvaluator.Result.Amount) r;
            total = total == null ? a.value() : total.add(a.value());
            String sep = measure.isEmpty() ? "" : " + ";
            measure.append(sep).append(describe(m));
            expression.append(sep).append(m.expression().text());
            basis.append(sep).append(a.how());
        }
        if (total == null) return null;
        Money due = new Money(total, national).roundedToCents();
        return new ItemDuty(due, basis + " = " + due, measure.toString(), expression.toString());
    }

    private ItemDuty itemDuty(TariffLookup.Found f, List<Measure> applicable, DutyRequest.Line line, Money value, String path, LocalDate date,
                              List<Problem> problems) {
        CurrencyCode national = tariff.settings().currency();
        String origin = line.origin() == null ? "" : line.origin();
        Measure chosen = first(applicable, MeasureType.NON_MFN_DUTY);
        if (chosen == null) chosen = first(applicable, MeasureType.THIRD_COUNTRY_DUTY);
        if (chosen == null) {
            problems.add(new Problem("TARIFF_NO_DUTY_MEASURE", path + ".hsCode", "no third-country duty for " + line.code()
                    + " is in force on " + date));
            return null;
        }
        ExpressionEvaluator.Result r = evaluator.evaluate(chosen.expression(), chosen.rateText(), value, line, path, date);
        if (r instanceof ExpressionEvaluator.Result.Impossible(Problem p)) { problems.add(p); return null; }
        ExpressionEvaluator.Result.Amount amount = (ExpressionEvaluator.Result.Amount) r;
        for (Measure m : applicable) {
            if (m.type() != MeasureType.PREFERENTIAL_DUTY) continue;
            if (evaluator.evaluate(m.expression(), m.rateText(), value, line, path, date) instanceof ExpressionEvaluator.Result.Amount a
                    && a.value().compareTo(amount.value()) < 0) {
                chosen = m;
                amount = a;
            }
        }
        BigDecimal total = amount.value();
        StringBuilder measure = new StringBuilder(describe(chosen));
        StringBuilder expression = new StringBuilder(chosen.expression().text());
        StringBuilder basis = new StringBuilder(amount.how());
        for (Measure m : applicable) {
            if (m.type() != MeasureType.ADDITIONAL_DUTY) continue;
            ExpressionEvaluator.Result extra = evaluator.evaluate(m.expression(), m.rateText(), value, line, path, date);
            if (extra instanceof ExpressionEvaluator.Result.Impossible(Problem p)) { problems.add(p); return null; }
            ExpressionEvaluator.Result.Amount a = (ExpressionEvaluator.Result.Amount) extra;
            total = total.add(a.value());
            measure.append(" + ").append(describe(m));
            expression.append(" + ").append(m.expression().text());
            basis.append(" + ").append(a.how());
        }
        Money due = new Money(total, national).roundedToCents();
        return new ItemDuty(due, basis + " = " + due + " (" + f.measuresFrom().code() + ", origin " + origin + ")",
                measure.toString(), expression.toString());
    }

    /** The first of the measures of the type, or null: a loop, as it runs for every item. */
    private static Measure first(List<Measure> measures, MeasureType type) {
        for (Measure m : measures) if (m.type() == type) return m;
        return null;
    }

    private static final String[] ITEM_PATHS = new String[64];

    static {
        for (int i = 0; i < ITEM_PATHS.length; i++) ITEM_PATHS[i] = "items[" + i + "]";
    }

    /** {@code items[i]}: made for every item, used only for a problem, so the first ones are made once. */
    private static String itemPath(int i) {
        return i < ITEM_PATHS.length ? ITEM_PATHS[i] : "items[" + i + "]";
    }

    private static String describe(Measure m) {
        return m.type() + " " + m.area() + (m.legalBase().isEmpty() ? "" : " (" + m.legalBase() + ")");
    }

    private static DutyCalculation fail(Problem p) { return new DutyCalculation.NotCalculable(List.of(p)); }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }
}
