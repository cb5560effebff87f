package org.clearway.core.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How many units of {@code to} one unit of {@code from} buys, as published on {@code publishedOn}
 * (the latest publication on or before the date asked for) by {@code source}.
 */
public record ExchangeRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate publishedOn, String source) {
}
