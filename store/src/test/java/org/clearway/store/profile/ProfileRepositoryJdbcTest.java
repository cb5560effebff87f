package org.clearway.store.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.profile.ProfileAction;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileScope;
import org.clearway.core.profile.ProfileStatus;
import org.clearway.core.profile.ValidityPeriod;
import org.clearway.core.risk.Lane;
import org.clearway.store.Database;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditEntry;
import org.clearway.store.audit.AuditLogJdbc;
import org.junit.jupiter.api.Test;

class ProfileRepositoryJdbcTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");
    private static final ProfileDefinition SHIRTS = new ProfileDefinition("cheap shirts", "\"CN\" in origins", new ProfileAction.SendTo(Lane.RED),
            "undervalued cotton shirts", new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            new ProfileScope(Set.of("GB000084"), Set.of(DeclarationType.IMPORT)), true);

    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final ProfileRepositoryJdbc profiles = new ProfileRepositoryJdbc(db, audit);

    @Test
    void aProfileComesIntoForceOnlyWhenASecondAnalystApprovesIt() {
        StoredProfile created = profiles.create("analyst1", SHIRTS, T0);
        long id = created.id();
        assertThat(created.latest().status()).isEqualTo(ProfileStatus.DRAFT);
        assertThat(created.latest().definition()).isEqualTo(SHIRTS);
        assertThat(activeIds()).doesNotContain(id);

        assertThat(profiles.approve(id, "analyst2", T0)).isInstanceOf(ProfileChange.Refused.class); // not submitted yet
        assertThat(profiles.submit(id, "analyst1", T0)).isInstanceOf(ProfileChange.Done.class);
        var own = profiles.approve(id, "analyst1", T0);
        assertThat(own).isInstanceOfSatisfying(ProfileChange.Refused.class, r -> assertThat(r.message()).contains("four eyes"));
        assertThat(activeIds()).doesNotContain(id);

        var approved = profiles.approve(id, "analyst2", T0.plusSeconds(60));
        assertThat(approved).isInstanceOfSatisfying(ProfileChange.Done.class, d -> {
            assertThat(d.profile().latest().status()).isEqualTo(ProfileStatus.ACTIVE);
            assertThat(d.profile().latest().submittedBy()).isEqualTo("analyst1");
            assertThat(d.profile().latest().approvedBy()).isEqualTo("analyst2");
        });
        assertThat(activeIds()).contains(id);
        assertThat(audit.latest(20)).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("profile.submit", "analyst1", "profile " + id),
                        org.assertj.core.groups.Tuple.tuple("profile.approve", "analyst2", "profile " + id));
    }

    @Test
    void theAnalystWhoChangedASubmittedVersionCannotApproveIt() {
        long id = profiles.create("analyst1", SHIRTS, T0).id();
        profiles.submit(id, "analyst1", T0);
        profiles.update(id, "analyst2", SHIRTS, T0);       // analyst2 rewrites it: back to draft, written by analyst2
        profiles.submit(id, "analyst1", T0);
        assertThat(profiles.approve(id, "analyst2", T0)).isInstanceOf(ProfileChange.Refused.class);
    }

    @Test
    void theDatabaseRefusesSelfApprovalEvenIfTheApplicationWouldNot() {
        long id = profiles.create("analyst1", SHIRTS, T0).id();
        profiles.submit(id, "analyst1", T0);
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "UPDATE profile_versions SET status = 'ACTIVE', approved_by = 'analyst1' WHERE profile_id = ?", id)))
                .hasMessageContaining("profile_four_eyes");
    }

    @Test
    void aChangeToAnActiveProfileIsANewVersionAndTheOldOneStaysInForceUntilApproved() {
        long id = activate(profiles.create("analyst1", SHIRTS, T0).id());
        var v2 = new ProfileDefinition("cheap shirts", "\"CN\" in origins || \"BD\" in origins", new ProfileAction.AddScore(60),
                "undervalued cotton shirts", ValidityPeriod.from(LocalDate.of(2026, 1, 1)), ProfileScope.everywhere(), false);
        var changed = (ProfileChange.Done) profiles.update(id, "analyst1", v2, T0);
        assertThat(changed.profile().versions()).extracting(StoredProfileVersion::status).containsExactly(ProfileStatus.ACTIVE, ProfileStatus.DRAFT);
        assertThat(activeVersion(id)).isEqualTo(1);
        profiles.submit(id, "analyst1", T0);
        profiles.approve(id, "analyst2", T0);
        StoredProfile after = profiles.find(id).orElseThrow();
        assertThat(after.versions()).extracting(StoredProfileVersion::status).containsExactly(ProfileStatus.SUPERSEDED, ProfileStatus.ACTIVE);
        assertThat(after.active().orElseThrow().definition()).isEqualTo(v2);
        assertThat(activeVersion(id)).isEqualTo(2);
    }

    @Test
    void aRetiredProfileLeavesForce() {
        long id = activate(profiles.create("analyst1", SHIRTS, T0).id());
        assertThat(profiles.retire(id, "analyst2", "season over", T0)).isInstanceOf(ProfileChange.Done.class);
        assertThat(activeIds()).doesNotContain(id);
        assertThat(profiles.retire(id, "analyst2", "again", T0)).isInstanceOf(ProfileChange.Refused.class);
        assertThat(profiles.submit(Long.MAX_VALUE, "analyst1", T0)).isInstanceOf(ProfileChange.NotFound.class);
    }

    private long activate(long id) {
        profiles.submit(id, "analyst1", T0);
        profiles.approve(id, "analyst2", T0);
        return id;
    }

    private java.util.List<Long> activeIds() { return profiles.active().stream().map(StoredProfileVersion::profileId).toList(); }

    private int activeVersion(long id) {
        return profiles.active().stream().filter(v -> v.profileId() == id).findFirst().orElseThrow().version();
    }
}
