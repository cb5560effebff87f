package org.clearway.core.tariff;

import java.time.LocalDate;
import java.util.Set;

/**
 * A geographical area group (a trade agreement's or programme's members), by ISO 3166 alpha-2 codes,
 * with the window in which the programme is in force (to inclusive; null = open): a lapsed programme
 * such as the US GSP (ended 2020-12-31) covers no origin after its end, whatever its lines say.
 */
public record OriginGroup(String id, String description, Set<String> members, LocalDate validFrom, LocalDate validTo) {
    public OriginGroup { members = Set.copyOf(members); }

    /** A group in force at all times. */
    public OriginGroup(String id, String description, Set<String> members) {
        this(id, description, members, null, null);
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** True if the origin is a member and the programme is in force on the date. */
    public boolean covers(String origin, LocalDate date) {
        return members.contains(origin) && inForceOn(date);
    }
}
