package org.clearway.core.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.inspection.InspectionResult;

/**
 * Runs one profile (usually a draft) over past declarations, one at a time, and tallies what it would
 * have selected and how those selections fared at inspection, next to how all inspected
 * declarations of the period fared (the baseline a useful profile beats). Scope, validity and AEO
 * exemption apply as they would in force. Not thread-safe: one back-test, one thread.
 */
public final class BackTest {
    /** How many selected MRNs the report lists; the counts cover all. */
    public static final int MAX_LISTED = 1000;

    private final ProfileSnapshot single;
    private final CompiledProfile profile;
    private long examined, selected, selectedInspected, selectedHits, inspected, inspectedHits;
    private BigDecimal revenue = BigDecimal.ZERO;
    private final List<String> selections = new ArrayList<>();

    public BackTest(CompiledProfile profile) {
        this.profile = profile;
        this.single = new ProfileSnapshot(List.of(profile));
    }

    /** One past declaration with its recorded inspection result (null if it was not inspected). */
    public void add(String mrn, Declaration declaration, InspectionResult inspection) {
        examined++;
        if (inspection != null) {
            inspected++;
            if (inspection.isHit()) inspectedHits++;
        }
        if (single.hits(DeclarationFacts.of(declaration)).hits().isEmpty()) return;
        selected++;
        if (selections.size() < MAX_LISTED) selections.add(mrn);
        if (inspection != null) {
            selectedInspected++;
            if (inspection.isHit()) {
                selectedHits++;
                revenue = revenue.add(inspection.revenue());
            }
        }
    }

    public BackTestReport report() {
        return new BackTestReport(profile.version().profileId(), profile.version().version(), examined, selected,
                examined == 0 ? 0 : selected / (double) examined, List.copyOf(selections), selectedInspected, selectedHits,
                selectedInspected == 0 ? null : selectedHits / (double) selectedInspected, revenue,
                inspected, inspectedHits, inspected == 0 ? null : inspectedHits / (double) inspected);
    }

    /**
     * What the back-test found: declarations examined; selected (how many, what share, which: the
     * first {@link #MAX_LISTED}); of the selected, how many were inspected, how many were hits, the hit
     * rate and the revenue those hits recovered; and, for comparison, the hit rate of every inspected
     * declaration of the period. Rates are null when there is nothing to divide by.
     */
    public record BackTestReport(long profileId, int version, long examined, long selected, double selectionRate,
                                 List<String> selectedMrns, long selectedInspected, long selectedHits, Double hitRate,
                                 BigDecimal revenueRecovered, long inspected, long inspectedHits, Double baselineHitRate) {}
}
