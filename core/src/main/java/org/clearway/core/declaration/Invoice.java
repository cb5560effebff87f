package org.clearway.core.declaration;

import java.time.LocalDate;

/** The commercial invoice behind the declaration: total amount, its currency and the date it was issued. */
public record Invoice(Money total, LocalDate date) {
}
