package org.clearway.core.profile;

/** One approved version of a profile: its id, the version number (1, 2, ...) and what it says. */
public record ProfileVersion(long profileId, int version, ProfileDefinition definition) {
    public ProfileVersion {
        if (version < 1) throw new IllegalArgumentException("profile versions start at 1");
        if (definition == null) throw new IllegalArgumentException("a profile version needs its definition");
    }

    /** How the profile is named in a reason: {@code profile 12 v3 "name"}. */
    public String label() { return "profile " + profileId + " v" + version + " \"" + definition.name() + "\""; }
}
