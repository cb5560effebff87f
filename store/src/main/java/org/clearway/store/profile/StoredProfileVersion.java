package org.clearway.store.profile;

import java.time.Instant;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileStatus;
import org.clearway.core.profile.ProfileVersion;

/** A version of a profile as stored: its content, status and who wrote, submitted, approved and retired it, when. */
public record StoredProfileVersion(long profileId, int version, ProfileStatus status, ProfileDefinition definition,
                                   String author, Instant writtenAt, String submittedBy, Instant submittedAt,
                                   String approvedBy, Instant approvedAt, String retiredBy, Instant retiredAt) {
    public ProfileVersion asVersion() { return new ProfileVersion(profileId, version, definition); }
}
