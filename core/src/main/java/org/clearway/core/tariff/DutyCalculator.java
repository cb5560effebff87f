package org.clearway.core.tariff;

import java.time.LocalDate;
import org.clearway.core.declaration.Declaration;

/**
 * Computes duties and taxes on a valid declaration with the rates in force on a date. Pure. Never
 * returns a wrong amount: when something needed is missing (an exchange rate, a unit quantity) it
 * answers with problems instead.
 */
public interface DutyCalculator {
    DutyCalculation calculate(Declaration declaration, LocalDate date);
}
