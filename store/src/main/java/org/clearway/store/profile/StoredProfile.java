package org.clearway.store.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clearway.core.profile.ProfileStatus;

/** A profile with every version, oldest first. */
public record StoredProfile(long id, String owner, Instant createdAt, List<StoredProfileVersion> versions) {
    public StoredProfile {
        versions = List.copyOf(versions);
    }

    public StoredProfileVersion latest() { return versions.getLast(); }

    public Optional<StoredProfileVersion> active() {
        return versions.stream().filter(v -> v.status() == ProfileStatus.ACTIVE).findFirst();
    }
}
