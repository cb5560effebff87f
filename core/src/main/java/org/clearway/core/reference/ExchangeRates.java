package org.clearway.core.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ECB euro foreign exchange reference rates: on each publication day, how many units of each
 * currency one euro buys ("N/A" where the ECB did not quote it). The rate in force on a date is
 * the one of the latest publication on or before it, so a Saturday takes Friday's rate; if that
 * publication did not quote a currency (e.g. a currency the ECB stopped quoting), there is no rate
 * rather than a stale one. Look-ups are a binary search over the publication days.
 */
final class ExchangeRates {
    static final String FILE = "exchange-rates/ecb-eurofxref-hist-2025-05-09.csv";
    static final String SOURCE = "ECB euro foreign exchange reference rates";
    private static final CurrencyCode EUR = new CurrencyCode("EUR");
    /** Cross rates and inverses are divisions: 16 significant digits (IEEE 754 decimal64), half even. */
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Publication days, ascending. */
    private final LocalDate[] days;
    /** Per currency, the units per euro on each of {@link #days} (null where not quoted). */
    private final Map<String, BigDecimal[]> unitsPerEuro;
    /**
     * Rates between two currencies worked out, per publication day: each is a division, and a bulk
     * import asks for the same one for every consignment (the invoice check, then the duty). Up to a
     * bound; past it, worked out each time.
     */
    private final Map<Crossed, Optional<ExchangeRate>> crossed = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 4096;

    private record Crossed(String from, String to, int day) {}

    private ExchangeRates(LocalDate[] days, Map<String, BigDecimal[]> unitsPerEuro) {
        this.days = days;
        this.unitsPerEuro = Map.copyOf(unitsPerEuro);
    }

    static ExchangeRates load() {
        List<String> currencies = headerCurrencies();
        List<LocalDate> days = new ArrayList<>(8192);
        List<BigDecimal[]> rows = new ArrayList<>(8192);
        CsvResource.forEachRow(FILE, row -> {
            days.add(LocalDate.parse(CsvResource.field(row, 0)));
            BigDecimal[] rates = new BigDecimal[currencies.size()];
            for (int c = 0; c < rates.length; c++) {
                String text = CsvResource.field(row, c + 1);
                rates[c] = text.isEmpty() || text.equals("N/A") ? null : new BigDecimal(text);
            }
            rows.add(rates);
        });
        // The file runs newest first; turn it round so a binary search can find the day in force.
        int n = days.size();
        LocalDate[] ascending = new LocalDate[n];
        Map<String, BigDecimal[]> byCurrency = new HashMap<>();
        for (String currency : currencies) byCurrency.put(currency, new BigDecimal[n]);
        for (int i = 0; i < n; i++) {
            int at = n - 1 - i;
            ascending[at] = days.get(i);
            for (int c = 0; c < currencies.size(); c++) byCurrency.get(currencies.get(c))[at] = rows.get(i)[c];
        }
        for (int i = 1; i < n; i++) {
            if (!ascending[i].isAfter(ascending[i - 1])) throw new IllegalStateException(FILE + " is not in date order at " + ascending[i]);
        }
        return new ExchangeRates(ascending, byCurrency);
    }

    /** The currencies named in the header (Date,USD,JPY,...,ZAR, with a trailing comma). */
    private static List<String> headerCurrencies() {
        List<String> header = CsvResource.header(FILE).stream().map(String::strip).toList();
        // Only the trailing comma may leave an empty name; one in the middle would shift the columns.
        int end = header.getLast().isEmpty() ? header.size() - 1 : header.size();
        List<String> currencies = header.subList(1, end);
        if (currencies.contains("")) throw new IllegalStateException(FILE + " has a column without a currency");
        return currencies;
    }

    /**
     * From one currency to another: EUR to X is r(X), X to EUR is 1/r(X), X to Y is r(Y)/r(X),
     * all from the one publication in force on the date. Same currency: 1.
     */
    Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, LocalDate date) {
        if (from == null || to == null || date == null) return Optional.empty();
        if (from.equals(to)) return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE, date, "same currency"));
        int day = dayInForce(date);
        if (day < 0) return Optional.empty();
        Crossed key = new Crossed(from.value(), to.value(), day);
        Optional<ExchangeRate> rate = crossed.get(key);
        if (rate != null) return rate;
        rate = workedOut(from, to, day);
        if (rate.isPresent() && crossed.size() < REMEMBERED) crossed.put(key, rate);
        return rate;
    }

    /** As {@link #rate}, worked out afresh (RememberedLookupsTest compares the two). */
    Optional<ExchangeRate> workedOut(CurrencyCode from, CurrencyCode to, LocalDate date) {
        if (from == null || to == null || date == null) return Optional.empty();
        if (from.equals(to)) return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE, date, "same currency"));
        int day = dayInForce(date);
        return day < 0 ? Optional.empty() : workedOut(from, to, day);
    }

    private Optional<ExchangeRate> workedOut(CurrencyCode from, CurrencyCode to, int day) {
        BigDecimal fromPerEuro = unitsPerEuro(from, day);
        BigDecimal toPerEuro = unitsPerEuro(to, day);
        if (fromPerEuro == null || toPerEuro == null) return Optional.empty();
        return Optional.of(new ExchangeRate(from, to, toPerEuro.divide(fromPerEuro, PRECISION), days[day], SOURCE));
    }

    /** Index of the latest publication on or before the date, or -1 if the date precedes them all. */
    private int dayInForce(LocalDate date) {
        int found = Arrays.binarySearch(days, date);
        return found >= 0 ? found : -found - 2;
    }

    private BigDecimal unitsPerEuro(CurrencyCode currency, int day) {
        if (currency.equals(EUR)) return BigDecimal.ONE;
        BigDecimal[] rates = unitsPerEuro.get(currency.value());
        return rates == null ? null : rates[day];
    }
}
