package org.clearway.core.tariff;

import java.util.Set;

/** A geographical area group (a trade agreement's or programme's members), by ISO 3166 alpha-2 codes. */
public record OriginGroup(String id, String description, Set<String> members) {
    public OriginGroup { members = Set.copyOf(members); }
}
