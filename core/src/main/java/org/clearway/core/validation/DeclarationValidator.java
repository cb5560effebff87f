package org.clearway.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.ReferenceData;

/**
 * Checks a decoded declaration against the reference data and the rules of its type and returns
 * every problem at once (an empty list means valid), so the declarant can fix all in one go.
 * Pure: never throws for bad input. Each rule looks only at elements that are present; missing
 * ones are reported once, by {@link RequiredElements}.
 */
public final class DeclarationValidator {
    private final RequiredElements requiredElements = new RequiredElements();
    private final ItemSequenceRule itemSequence = new ItemSequenceRule();
    private final HsCodeRule hsCodes;
    private final ReferenceCodesRule referenceCodes;
    private final PartyIdRule partyIds;
    private final CustomsOfficeRule customsOffice;
    private final ProcedureCodeRule procedureCodes = new ProcedureCodeRule();
    private final MassRule masses = new MassRule();
    private final ValueRule values = new ValueRule();
    private final QuantityRule quantities = new QuantityRule();
    private final InvoiceTotalRule invoiceTotal;
    private final DateRule dates = new DateRule();
    private final DocumentsRule documents = new DocumentsRule();
    private final LowValueRule lowValue;

    public DeclarationValidator(ReferenceData reference, ValidationPolicy policy) {
        Objects.requireNonNull(reference, "reference data");
        Objects.requireNonNull(policy, "validation policy");
        this.hsCodes = new HsCodeRule(reference);
        this.referenceCodes = new ReferenceCodesRule(reference);
        this.partyIds = new PartyIdRule(reference);
        this.customsOffice = new CustomsOfficeRule(reference);
        this.invoiceTotal = new InvoiceTotalRule(policy);
        this.lowValue = new LowValueRule(reference, policy);
    }

    /**
     * @param today the day of validation (from the caller's clock): it picks the HS edition and
     *              exchange rate and bounds the dates. A null is a programming error and throws.
     */
    public List<Problem> validate(Declaration declaration, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (declaration == null) {
            return List.of(new Problem(ProblemCodes.REQUIRED_ELEMENT_MISSING, "", "no declaration was given"));
        }
        List<Problem> problems = new ArrayList<>();
        add(problems, requiredElements.check(declaration));
        add(problems, itemSequence.check(declaration));
        add(problems, hsCodes.check(declaration, today));
        add(problems, referenceCodes.check(declaration));
        add(problems, partyIds.check(declaration));
        add(problems, customsOffice.check(declaration));
        add(problems, procedureCodes.check(declaration));
        add(problems, masses.check(declaration));
        add(problems, values.check(declaration));
        add(problems, quantities.check(declaration));
        add(problems, invoiceTotal.check(declaration));
        add(problems, dates.check(declaration, today));
        add(problems, documents.check(declaration));
        add(problems, lowValue.check(declaration, today));
        return List.copyOf(problems);
    }

    /** Most rules find nothing: adding their empty list would still copy it to an array. */
    private static void add(List<Problem> problems, List<Problem> found) {
        if (!found.isEmpty()) problems.addAll(found);
    }
}
