package org.clearway.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled files load and answer with values checked by hand against the raw data. */
class BundledReferenceDataTest {
    private static final BundledReferenceData DATA = BundledReferenceData.load();
    private static final CurrencyCode EUR = new CurrencyCode("EUR");
    private static final CurrencyCode USD = new CurrencyCode("USD");
    private static final CurrencyCode GBP = new CurrencyCode("GBP");

    @Test
    void loadsOnceAndHandsOutTheSameSnapshot() {
        assertThat(BundledReferenceData.load()).isSameAs(DATA);
    }

    @Test
    void hs2022KnowsLaptopsAsADeclarableSubheadingUnderANonDeclarableHeading() {
        HsNomenclature hs = DATA.hsInForceOn(LocalDate.of(2025, 5, 9));
        assertThat(hs.edition()).isEqualTo("HS 2022");
        assertThat(hs.isLeaf("847130")).isTrue();
        assertThat(hs.isLeaf("8471")).isFalse();
        assertThat(hs.find("847130")).get().extracting(HsEntry::parent, HsEntry::level).containsExactly("8471", 6);
        assertThat(hs.find("84")).get().extracting(HsEntry::parent).isNull();
        assertThat(hs.find("999999")).as("statistical chapter 99 is not HS").isEmpty();
        assertThat(hs.size()).as("chapters + headings + subheadings").isEqualTo(96 + 1228 + 5612);
    }

    @Test
    void theEditionIsChosenByTheDate() {
        assertThat(DATA.hsInForceOn(LocalDate.of(2021, 12, 31)).edition()).isEqualTo("HS 2017");
        assertThat(DATA.hsInForceOn(LocalDate.of(2022, 1, 1)).edition()).isEqualTo("HS 2022");
        assertThat(DATA.hsInForceOn(LocalDate.of(2010, 6, 1)).edition()).as("older dates fall back to the oldest edition").isEqualTo("HS 2017");
        assertThat(DATA.hsEditions()).extracting(HsNomenclature::edition).containsExactly("HS 2017", "HS 2022");
    }

    @Test
    void hs2017IsReadDespiteItsByteOrderMarkAndDiffersFrom2022() {
        HsNomenclature hs2017 = DATA.hsInForceOn(LocalDate.of(2020, 1, 1));
        HsNomenclature hs2022 = DATA.hsInForceOn(LocalDate.of(2023, 1, 1));
        assertThat(hs2017.size()).isEqualTo(96 + 1222 + 5387);
        assertThat(hs2017.find("01")).isPresent();
        // Unmanned aircraft parts (880730) came with HS 2022; fish meal 030510 went.
        assertThat(hs2022.isLeaf("880730")).isTrue();
        assertThat(hs2017.find("880730")).isEmpty();
        assertThat(hs2017.isLeaf("030510")).isTrue();
        assertThat(hs2022.find("030510")).isEmpty();
    }

    @Test
    void countriesByIsoAlpha2() {
        assertThat(DATA.isCountry(new CountryCode("GB"))).isTrue();
        assertThat(DATA.isCountry(new CountryCode("CN"))).isTrue();
        assertThat(DATA.isCountry(new CountryCode("DE"))).isTrue();
        assertThat(DATA.isCountry(new CountryCode("NA"))).as("Namibia, not a missing value").isTrue();
        assertThat(DATA.isCountry(new CountryCode("XX"))).isFalse();
        assertThat(DATA.countryName(new CountryCode("DE"))).contains("Germany");
        assertThat(DATA.countryName(new CountryCode("XX"))).isEmpty();
    }

    @Test
    void activeCurrenciesOnly() {
        assertThat(DATA.isCurrency(EUR)).isTrue();
        assertThat(DATA.isCurrency(USD)).isTrue();
        assertThat(DATA.isCurrency(new CurrencyCode("CNY"))).isTrue();
        assertThat(DATA.isCurrency(new CurrencyCode("DEM"))).as("withdrawn in 2002").isFalse();
        assertThat(DATA.isCurrency(new CurrencyCode("QQQ"))).isFalse();
        assertThat(DATA.minorUnits(new CurrencyCode("JPY"))).hasValue(0);
        assertThat(DATA.minorUnits(EUR)).hasValue(2);
    }

    @Test
    void unLocodes() {
        assertThat(DATA.isLocation(new UnLocode("GBFXT"))).isTrue();
        assertThat(DATA.locationName(new UnLocode("GBFXT"))).contains("Felixstowe");
        assertThat(DATA.locationName(new UnLocode("CNSHA"))).get().asString().contains("Shanghai");
        assertThat(DATA.locationName(new UnLocode("NLRTM"))).contains("Rotterdam");
        assertThat(DATA.locationName(new UnLocode("MYBLI"))).as("a name split over two columns upstream").contains("Batu Lintang, Sarawak");
        assertThat(DATA.isLocation(new UnLocode("GBZZZ"))).isFalse();
    }

    @Test
    void dollarsToEurosAtTheRateOfTheDay() {
        ExchangeRate rate = DATA.exchangeRate(USD, EUR, LocalDate.of(2025, 5, 9)).orElseThrow();
        assertThat(rate.rate()).isEqualTo(BigDecimal.ONE.divide(new BigDecimal("1.1252"), MathContext.DECIMAL64));
        assertThat(rate.publishedOn()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(rate.source()).isEqualTo("ECB euro foreign exchange reference rates");
        assertThat(DATA.exchangeRate(EUR, USD, LocalDate.of(2025, 5, 9)).orElseThrow().rate()).isEqualByComparingTo("1.1252");
    }

    @Test
    void aWeekendTakesFridaysRate() {
        ExchangeRate sunday = DATA.exchangeRate(EUR, USD, LocalDate.of(2025, 5, 4)).orElseThrow();
        assertThat(sunday.publishedOn()).isEqualTo(LocalDate.of(2025, 5, 2));
        ExchangeRate saturday = DATA.exchangeRate(EUR, USD, LocalDate.of(2025, 5, 10)).orElseThrow();
        assertThat(saturday.publishedOn()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(saturday.rate()).isEqualByComparingTo("1.1252");
    }

    @Test
    void noRateBeforeTheFirstPublicationOrForUnquotedCurrencies() {
        assertThat(DATA.exchangeRate(USD, EUR, LocalDate.of(1999, 1, 3))).isEmpty();
        assertThat(DATA.exchangeRate(USD, EUR, LocalDate.of(1999, 1, 4))).isPresent();
        assertThat(DATA.exchangeRate(new CurrencyCode("AFN"), EUR, LocalDate.of(2025, 5, 9))).isEmpty();
        // The ECB stopped quoting the rouble after 2022-03-01: no stale rate years later.
        assertThat(DATA.exchangeRate(new CurrencyCode("RUB"), EUR, LocalDate.of(2022, 3, 1))).isPresent();
        assertThat(DATA.exchangeRate(new CurrencyCode("RUB"), EUR, LocalDate.of(2025, 5, 9))).isEmpty();
    }

    @Test
    void crossRatesGoThroughTheEuro() {
        ExchangeRate usdToGbp = DATA.exchangeRate(USD, GBP, LocalDate.of(2025, 5, 9)).orElseThrow();
        assertThat(usdToGbp.rate()).isEqualTo(new BigDecimal("0.8477").divide(new BigDecimal("1.1252"), MathContext.DECIMAL64));
        assertThat(usdToGbp.rate()).isBetween(new BigDecimal("0.7533"), new BigDecimal("0.7534"));
    }

    @Test
    void theSameCurrencyConvertsAtOne() {
        assertThat(DATA.exchangeRate(GBP, GBP, LocalDate.of(1990, 1, 1)).orElseThrow().rate()).isEqualByComparingTo("1");
    }
}
