package org.clearway.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.lifecycle.DeclarationStatus.*;

import org.clearway.core.risk.Lane;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void greenAndBlueAreReleasedAtOnceYellowAndRedWaitForAnOfficer() {
        assertThat(Lifecycle.statusAfterAssessment(Lane.GREEN)).isEqualTo(RELEASED);
        assertThat(Lifecycle.statusAfterAssessment(Lane.BLUE)).isEqualTo(RELEASED);
        assertThat(Lifecycle.statusAfterAssessment(Lane.YELLOW)).isEqualTo(ASSESSED);
        assertThat(Lifecycle.statusAfterAssessment(Lane.RED)).isEqualTo(ASSESSED);
    }

    @Test
    void anOfficerInspectsThenReleasesOrSeizes() {
        assertThat(Lifecycle.startInspection(ASSESSED)).isEqualTo(new Transition.Moved(UNDER_INSPECTION, EventType.INSPECTION_STARTED));
        assertThat(Lifecycle.release(UNDER_INSPECTION)).isEqualTo(new Transition.Moved(RELEASED, EventType.RELEASED));
        assertThat(Lifecycle.seize(UNDER_INSPECTION)).isEqualTo(new Transition.Moved(SEIZED, EventType.SEIZED));
    }

    @Test
    void theDeclarantMayAmendOrWithdrawOnlyBeforeTheCheckStarts() {
        assertThat(Lifecycle.amend(ASSESSED)).isInstanceOf(Transition.Moved.class);
        assertThat(Lifecycle.invalidate(ASSESSED)).isEqualTo(new Transition.Moved(INVALIDATED, EventType.INVALIDATED));
        assertThat(Lifecycle.amend(UNDER_INSPECTION)).isInstanceOf(Transition.Refused.class);
        assertThat(Lifecycle.invalidate(UNDER_INSPECTION)).isInstanceOf(Transition.Refused.class);
    }

    @Test
    void nothingMovesOutOfAFinalStatusAndTheRefusalNamesIt() {
        for (DeclarationStatus done : new DeclarationStatus[] {RELEASED, SEIZED, INVALIDATED}) {
            assertThat(done.isFinal()).isTrue();
            for (Transition t : new Transition[] {Lifecycle.amend(done), Lifecycle.invalidate(done), Lifecycle.startInspection(done),
                    Lifecycle.release(done), Lifecycle.seize(done), Lifecycle.reroute(done)}) {
                assertThat(t).isInstanceOfSatisfying(Transition.Refused.class, r -> {
                    assertThat(r.current()).isEqualTo(done);
                    assertThat(r.message()).contains(done.name());
                });
            }
        }
    }

    @Test
    void aRerouteSendsTheDeclarationBackToAwaitItsNewLanesCheck() {
        assertThat(Lifecycle.reroute(UNDER_INSPECTION)).isEqualTo(new Transition.Moved(ASSESSED, EventType.REROUTED));
        assertThat(Lifecycle.reroute(ASSESSED)).isEqualTo(new Transition.Moved(ASSESSED, EventType.REROUTED));
    }

    @Test
    void anInspectionCannotStartTwice() {
        assertThat(Lifecycle.startInspection(UNDER_INSPECTION)).isInstanceOf(Transition.Refused.class);
    }
}
