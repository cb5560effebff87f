package org.clearway.core.profile;

import java.util.Set;
import org.clearway.core.declaration.DeclarationType;

/** Where a profile applies: customs offices and declaration types; an empty set means all. */
public record ProfileScope(Set<String> offices, Set<DeclarationType> types) {
    public ProfileScope {
        offices = offices == null ? Set.of() : Set.copyOf(offices);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static ProfileScope everywhere() { return new ProfileScope(Set.of(), Set.of()); }

    public boolean covers(String office, DeclarationType type) {
        return (offices.isEmpty() || (office != null && offices.contains(office)))
                && (types.isEmpty() || (type != null && types.contains(type)));
    }
}
