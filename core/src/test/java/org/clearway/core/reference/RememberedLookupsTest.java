package org.clearway.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reference look-ups made cheaper for bulk imports answer as before: a country by its two letters
 * as the file's map did, and a cross rate remembered per publication day as when it was worked out
 * afresh.
 */
class RememberedLookupsTest {
    @Test
    void everyTwoLetterCodeIsACountryExactlyWhenTheFileNamesIt() {
        Map<String, String> file = new HashMap<>();
        CsvResource.forEachRow(Countries.FILE, row -> {
            String code = CsvResource.field(row, 0);
            if (CsvResource.isCode(code, 2, CsvResource::isUpperLetter)) file.put(code, CsvResource.field(row, 1));
        });
        Countries countries = Countries.load();
        int found = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                CountryCode code = new CountryCode("" + a + b);
                assertThat(countries.contains(code)).as(code.value()).isEqualTo(file.containsKey(code.value()));
                assertThat(countries.name(code)).as(code.value()).isEqualTo(Optional.ofNullable(file.get(code.value())));
                if (countries.contains(code)) found++;
            }
        }
        assertThat(found).isEqualTo(file.size()).isGreaterThan(240);
        assertThat(countries.contains(null)).isFalse();
    }

    @Test
    void aRememberedCrossRateIsTheOneWorkedOutAfresh() {
        ExchangeRates remembering = ExchangeRates.load();
        List<String> codes = List.of("USD", "GBP", "EUR", "JPY", "CHF", "CNY", "SEK", "TRY", "HRK", "RUB", "XXX", "ISK");
        SplittableRandom random = new SplittableRandom(4);
        int present = 0;
        for (int n = 0; n < 3_000; n++) {
            CurrencyCode from = new CurrencyCode(codes.get(random.nextInt(codes.size())));
            CurrencyCode to = new CurrencyCode(codes.get(random.nextInt(codes.size())));
            LocalDate date = LocalDate.of(1998, 12, 20).plusDays(random.nextInt(10_000));
            Optional<ExchangeRate> afresh = remembering.workedOut(from, to, date);
            // Asked three times, on the date and the next (often the same publication): the first may be remembered already.
            assertThat(remembering.rate(from, to, date)).as("%s %s %s", from, to, date).isEqualTo(afresh);
            assertThat(remembering.rate(from, to, date)).isEqualTo(afresh);
            assertThat(remembering.rate(from, to, date.plusDays(1))).isEqualTo(remembering.workedOut(from, to, date.plusDays(1)));
            if (afresh.isPresent()) present++;
        }
        assertThat(present).isGreaterThan(1_000);
    }
}
