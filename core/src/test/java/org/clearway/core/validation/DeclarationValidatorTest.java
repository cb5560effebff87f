package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.validation.Draft.TODAY;

import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;

/** The validator as a declarant meets it: good declarations pass, bad ones get every problem at once. */
class DeclarationValidatorTest {
    private final DeclarationValidator validator = new DeclarationValidator(BundledReferenceData.load(), ValidationPolicy.defaults());

    @Test
    void validDeclarationsOfEveryTypePass() {
        assertThat(validator.validate(Draft.anImport().build(), TODAY)).isEmpty();
        assertThat(validator.validate(Draft.anExport().build(), TODAY)).isEmpty();
        assertThat(validator.validate(Draft.aLowValueConsignment().build(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyDeclarationIsAnsweredWithProblemsNotAnException() {
        Declaration empty = new Declaration(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<Problem> problems = validator.validate(empty, TODAY);
        assertThat(problems).extracting(Problem::path).contains("type", "lrn", "declarant", "items");
        assertThat(problems).extracting(Problem::code).containsOnly(ProblemCodes.REQUIRED_ELEMENT_MISSING, ProblemCodes.ITEMS_MISSING);
    }

    @Test
    void noDeclarationAtAllIsOneProblem() {
        assertThat(validator.validate(null, TODAY)).extracting(Problem::code).containsExactly(ProblemCodes.REQUIRED_ELEMENT_MISSING);
    }

    @Test
    void allProblemsComeBackTogether() {
        Draft draft = Draft.anImport()
                .item(0, i -> ItemChanges.hsCode(i, "847100"))
                .item(1, i -> ItemChanges.masses(i, "20", "12"));
        draft.exporter = null;
        draft.invoice = new Invoice(Money.of("1000.00", "XYZ"), TODAY.plusDays(3));
        List<Problem> problems = validator.validate(draft.build(), TODAY);
        assertThat(problems).extracting(Problem::code, Problem::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.REQUIRED_ELEMENT_MISSING, "exporter"),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.HS_CODE_UNKNOWN, "items[0].hsCode"),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.NET_MASS_EXCEEDS_GROSS, "items[1].netMass"),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.CURRENCY_UNKNOWN, "invoice.currency"),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.DATE_IN_FUTURE, "invoice.date"));
    }

    @Test
    void anUnknownCurrencyOnALowValueConsignmentIsReportedOnceNotAlsoAsAMissingRate() {
        Draft draft = Draft.aLowValueConsignment();
        draft.invoice = new Invoice(Money.of("45.00", "XYZ"), TODAY);
        draft.item(0, i -> ItemChanges.value(i, "45.00"));
        assertThat(validator.validate(draft.build(), TODAY)).extracting(Problem::code).containsExactly(ProblemCodes.CURRENCY_UNKNOWN);
    }

    @Test
    void everyCodeIsUpperSnakeCase() {
        Draft draft = Draft.anImport().item(0, i -> ItemChanges.sequence(i, 7));
        assertThat(validator.validate(draft.build(), TODAY)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).matches("[A-Z]+(_[A-Z]+)*"));
    }
}
