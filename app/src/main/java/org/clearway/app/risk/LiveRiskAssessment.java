package org.clearway.app.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.profile.Compiled;
import org.clearway.core.profile.CompiledProfile;
import org.clearway.core.profile.ProfileLanguage;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.profile.ProfileVersion;
import org.clearway.core.risk.LaneAllocator;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.RiskAssessment;
import org.clearway.core.screening.PartyScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lane allocator the server runs: the current {@link RiskAssessment}, replaced whole when a
 * profile comes into force or is retired (or the watch lists change). Each assessment reads the
 * reference once, so it sees one consistent set of profiles, and the pipeline stays pure.
 */
public final class LiveRiskAssessment implements LaneAllocator {
    private static final Logger log = LoggerFactory.getLogger(LiveRiskAssessment.class);
    private final AtomicReference<RiskAssessment> current;

    public LiveRiskAssessment(RiskAssessment initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public LaneDecision allocate(Declaration declaration, Mrn mrn) {
        return current.get().allocate(declaration, mrn);
    }

    public RiskAssessment current() { return current.get(); }

    /** Compiles the versions in force into a new snapshot and puts it in place. */
    public ProfileSnapshot useProfiles(List<ProfileVersion> inForce) {
        ProfileSnapshot snapshot = snapshot(inForce);
        current.updateAndGet(a -> a.withProfiles(snapshot));
        return snapshot;
    }

    public void useTargeting(org.clearway.core.risk.TargetingInput targeting) {
        current.updateAndGet(a -> a.withTargeting(targeting));
    }

    public void useScreening(PartyScreening screening) {
        current.updateAndGet(a -> a.withScreening(screening));
    }

    public static ProfileSnapshot snapshot(List<ProfileVersion> versions) {
        List<CompiledProfile> compiled = new ArrayList<>(versions.size());
        for (ProfileVersion v : versions) {
            switch (ProfileLanguage.compile(v)) {
                case Compiled.Ok(var p) -> compiled.add(p);
                // Expressions are checked when written; one refused now means the language changed under it.
                case Compiled.Refused(var errors) -> log.error("{} no longer compiles and is left out of assessment: {}", v.label(), errors);
            }
        }
        return new ProfileSnapshot(compiled);
    }
}
