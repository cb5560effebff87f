package org.clearway.core.tariff;

/** A rate text the loader could not read into a duty expression: the line, the column and the text. */
public record UnparsedRate(String code, String column, String text) {
}
