package org.clearway.core.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reference data shipped inside the core jar (see PROVENANCE.md beside the files): HS 2017 and
 * HS 2022, ISO countries and currencies, UN/LOCODE and the ECB exchange rates. Read from the
 * classpath once per JVM; every later {@link #load()} returns the same immutable snapshot.
 */
public final class BundledReferenceData implements ReferenceData {
    /** Editions, oldest first; each applies from its entry into force until the next one. */
    private final List<HsNomenclature> hsEditions;
    private final Countries countries;
    private final Currencies currencies;
    private final Locations locations;
    private final ExchangeRates exchangeRates;

    private BundledReferenceData() {
        this.hsEditions = List.of(
                HsNomenclatureLoader.load("HS 2017", LocalDate.of(2017, 1, 1), "hs/harmonized-system-hs2017.csv"),
                HsNomenclatureLoader.load("HS 2022", LocalDate.of(2022, 1, 1), "hs/harmonized-system-hs2022.csv"))
                .stream().sorted(Comparator.comparing(HsNomenclature::inForceFrom)).toList();
        this.countries = Countries.load();
        this.currencies = Currencies.load();
        this.locations = Locations.load();
        this.exchangeRates = ExchangeRates.load();
    }

    /** Lazy holder: the JVM loads the data on first use, once, and safely across threads. */
    private static final class Holder {
        static final BundledReferenceData INSTANCE = new BundledReferenceData();
    }

    public static BundledReferenceData load() { return Holder.INSTANCE; }

    /** The newest edition in force on the date; before HS 2017 (the oldest bundled) it is HS 2017. */
    @Override
    public HsNomenclature hsInForceOn(LocalDate date) {
        HsNomenclature inForce = hsEditions.getFirst();
        for (HsNomenclature edition : hsEditions) {
            if (date != null && !edition.inForceFrom().isAfter(date)) inForce = edition;
        }
        return inForce;
    }

    @Override public List<HsNomenclature> hsEditions() { return hsEditions; }

    @Override public boolean isCountry(CountryCode code) { return countries.contains(code); }

    @Override public Optional<String> countryName(CountryCode code) { return countries.name(code); }

    @Override public boolean isCurrency(CurrencyCode code) { return currencies.contains(code); }

    /** Decimals of the currency (2 for EUR, 0 for JPY); empty for unknown codes and those without. */
    public OptionalInt minorUnits(CurrencyCode code) { return currencies.minorUnits(code); }

    @Override public boolean isLocation(UnLocode code) { return locations.contains(code); }

    @Override public Optional<String> locationName(UnLocode code) { return locations.name(code); }

    /**
     * The ECB rate in force on the date (latest publication on or before it), crossed through EUR.
     * Same currency gives 1 (source "same currency"); a currency the ECB does not quote, or a date
     * before its first publication (1999-01-04), gives empty.
     */
    @Override
    public Optional<ExchangeRate> exchangeRate(CurrencyCode from, CurrencyCode to, LocalDate date) {
        return exchangeRates.rate(from, to, date);
    }
}
