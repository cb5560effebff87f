package org.clearway.core.tariff;

import java.util.List;

/**
 * One line of a national tariff: its code (digits only, 4 to 10), its indent in the hierarchy, the
 * description, the units of quantity the statistics ask for, and the measures set on the line itself
 * (a line without measures takes those of its nearest ancestor that has some).
 */
public record TariffLine(String code, int indent, String description, List<String> units, List<Measure> measures) {
    public TariffLine {
        units = List.copyOf(units);
        measures = List.copyOf(measures);
    }
}
