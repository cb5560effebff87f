package org.clearway.core.clearance;

import java.time.LocalDate;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.risk.LaneAllocator;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.tariff.DutyCalculation;
import org.clearway.core.tariff.DutyCalculator;
import org.clearway.core.validation.DeclarationValidator;
import org.clearway.core.validation.Problem;

/**
 * The pure middle of the journey: validate, compute amounts due, allocate a lane. Given the same
 * declaration, date, MRN and configuration it always returns the same result and touches nothing.
 * The MRN comes in from outside (storage hands out the sequence) between {@link #check} and
 * {@link #decide}, so a rejected declaration never consumes one.
 */
public final class ClearancePipeline {
    private final DeclarationValidator validator;
    private final DutyCalculator duties;
    private final LaneAllocator lanes;

    public ClearancePipeline(DeclarationValidator validator, DutyCalculator duties, LaneAllocator lanes) {
        this.validator = validator;
        this.duties = duties;
        this.lanes = lanes;
    }

    public Checked check(Declaration declaration, LocalDate date) {
        List<Problem> problems = validator.validate(declaration, date);
        if (!problems.isEmpty()) return new Checked.Rejected(problems);
        return switch (duties.calculate(declaration, date)) {
            case DutyCalculation.NotCalculable(var why) -> new Checked.Rejected(why);
            case DutyCalculation.Calculated(var amounts) -> new Checked.Acceptable(declaration, amounts);
        };
    }

    public Decision decide(Checked.Acceptable accepted, Mrn mrn) {
        LaneDecision lane = lanes.allocate(accepted.declaration(), mrn);
        return new Decision(accepted.amountsDue(), lane, Lifecycle.statusAfterAssessment(lane.lane()));
    }
}
