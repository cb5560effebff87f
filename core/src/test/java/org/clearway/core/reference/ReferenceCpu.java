package org.clearway.core.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.clearway.core.bench.CpuRounds;

/**
 * The reference look-ups a bulk import makes per consignment, against the way before, by one thread's
 * CPU time: the invoice currency's cross rate (worked out afresh before, remembered per publication day
 * now) and a country code (a map of the file's codes before, an array by its letters now). Not a test:
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) org.clearway.core.reference.ReferenceCpu 9
 * </pre>
 */
public final class ReferenceCpu {
    private ReferenceCpu() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("start: " + CpuRounds.load());
        ExchangeRates rates = ExchangeRates.load();
        CurrencyCode usd = new CurrencyCode("USD"), gbp = new CurrencyCode("GBP");
        LocalDate today = LocalDate.of(2026, 11, 28);
        long[] sink = new long[1];
        CpuRounds.compare("USD to GBP rate on a date", 100_000, rounds,
                i -> sink[0] += rates.workedOut(usd, gbp, today).get().rate().scale(),
                i -> sink[0] += rates.rate(usd, gbp, today).get().rate().scale());
        Map<String, String> file = new HashMap<>();
        CsvResource.forEachRow(Countries.FILE, row -> {
            String code = CsvResource.field(row, 0);
            if (CsvResource.isCode(code, 2, CsvResource::isUpperLetter)) file.put(code, CsvResource.field(row, 1));
        });
        Map<String, String> before = Map.copyOf(file);
        Countries countries = Countries.load();
        // Codes as a decoder makes them: a String of their own each.
        CountryCode[] codes = new CountryCode[100_000];
        String[] some = {"GB", "CN", "US", "NL", "DE", "FR"};
        for (int i = 0; i < codes.length; i++) codes[i] = new CountryCode(new String(some[i % some.length].toCharArray()));
        CpuRounds.compare("country code known", codes.length, rounds,
                i -> sink[0] += before.containsKey(codes[i].value()) ? 1 : 0,
                i -> sink[0] += countries.contains(codes[i]) ? 1 : 0);
        System.out.println("end: " + CpuRounds.load() + " (checksum " + sink[0] + ")");
    }
}
