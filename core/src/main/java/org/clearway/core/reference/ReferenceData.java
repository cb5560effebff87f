package org.clearway.core.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the reference data the pure core validates and assesses against. Immutable; chosen
 * by date where the data has editions (HS nomenclature, exchange rates).
 */
public interface ReferenceData {

    /** The HS edition in force on the date (HS 2022 from 2022-01-01, HS 2017 before). */
    HsNomenclature hsInForceOn(LocalDate date);

    List<HsNomenclature> hsEditions();

    boolean isCountry(CountryCode code);

    Optional<String> countryName(CountryCode code);

    boolean isCurrency(CurrencyCode code);

    boolean isLocation(UnLocode code);

    Optional<String> locationName(UnLocode code);

    /** The rate from one currency to another in force on the date (cross rates through EUR). */
    Optional<ExchangeRate> exchangeRate(CurrencyCode from, CurrencyCode to, LocalDate date);
}
