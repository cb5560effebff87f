package org.clearway.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.profile.SampleDeclarations.*;

import java.util.List;
import org.clearway.core.risk.Lane;
import org.junit.jupiter.api.Test;

class ProfileLanguageTest {

    @Test
    void aSyntaxErrorIsRefusedWithItsLineAndColumn() {
        List<ExpressionError> errors = ProfileLanguage.check("office == \"GB000084\" &&\n  hsCodes.exists(h, h.startsWith(\"61\")");
        assertThat(errors).isNotEmpty();
        assertThat(errors.getFirst().line()).isEqualTo(2);
        assertThat(errors.getFirst().column()).isGreaterThan(1);
        assertThat(errors.getFirst().message()).isNotBlank();
    }

    @Test
    void aTypeErrorIsRefusedWithItsPosition() {
        // comparing the office (text) with a number: column 1 is where "office" starts, the operator at 8
        List<ExpressionError> errors = ProfileLanguage.check("office == 84");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(8);
            assertThat(e.message()).contains("_==_");
        });
    }

    @Test
    void anUnknownVariableIsRefusedWhereItIsWritten() {
        List<ExpressionError> errors = ProfileLanguage.check("type == \"IMPORT\" && orign == \"CN\"");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo(21);
            assertThat(e.message()).contains("orign");
        });
    }

    @Test
    void anExpressionThatIsNotTrueOrFalseIsRefused() {
        assertThat(ProfileLanguage.check("invoiceTotal * 2.0")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("true or false"));
    }

    @Test
    void aTooLongExpressionIsRefusedAndTheLongestAllowedCompiles() {
        String atLimit = "true" + " ".repeat(ProfileLanguage.MAX_LENGTH - 4);
        assertThat(ProfileLanguage.check(atLimit)).isEmpty();
        assertThat(ProfileLanguage.check(atLimit + " ")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("longer than"));
    }

    @Test
    void profilesSeeTheDeclarationsItemsParties() {
        var cheapShirts = compiled(1, profile("items.exists(i, i.chapter == \"61\" && i.valuePerKg < 2.0) && \"CN\" in origins", Lane.RED));
        assertThat(cheapShirts.matches(DeclarationFacts.of(anImport(line("610910", "CN", "15", "10"))))).isTrue();
        assertThat(cheapShirts.matches(DeclarationFacts.of(anImport(line("610910", "CN", "50", "10"))))).isFalse();
        assertThat(cheapShirts.matches(DeclarationFacts.of(anImport(line("610910", "VN", "15", "10"))))).isFalse();
        var aeo = compiled(2, profile("aeo && declarant == \"GB100000000001\"", Lane.BLUE));
        assertThat(aeo.matches(DeclarationFacts.of(anImport("GB000084", List.of("GBAEOC1"), line("847130", "CN", "5", "1"))))).isTrue();
        assertThat(aeo.matches(DeclarationFacts.of(anImport(line("847130", "CN", "5", "1"))))).isFalse();
    }

    @Test
    void anUnknownMassNeverLooksCheap() {
        var cheap = compiled(1, profile("items.exists(i, i.valuePerKg < 2.0)", Lane.RED));
        assertThat(cheap.matches(DeclarationFacts.of(anImport(line("610910", "CN", "15", null))))).isFalse();
    }

    @Test
    void theIndexKeysComeFromTheExpression() {
        assertThat(compiled(1, profile("hsCodes.exists(h, h.startsWith(\"8471\")) && office == \"GB000084\"", Lane.RED)).guard())
                .containsExactly("hs=8471");
        assertThat(compiled(1, profile("\"CN\" in origins || \"VN\" in origins", Lane.RED)).guard())
                .containsExactlyInAnyOrder("origin=CN", "origin=VN");
        assertThat(compiled(1, profile("items.exists(i, i.heading == \"6109\" && i.valuePerKg < 2.0)", Lane.RED)).guard())
                .containsExactly("hs=6109");
        assertThat(compiled(1, profile("office in [\"GB000084\", \"GB000060\"]", Lane.RED)).guard())
                .containsExactlyInAnyOrder("office=GB000084", "office=GB000060");
        // a negation or an 'all' says nothing certain: no keys, evaluated for every declaration
        assertThat(compiled(1, profile("!(\"CN\" in origins)", Lane.RED)).guard()).isEmpty();
        assertThat(compiled(1, profile("hsCodes.all(h, h.startsWith(\"84\"))", Lane.RED)).guard()).isEmpty();
        assertThat(compiled(1, profile("\"CN\" in origins || invoiceTotal > 1000.0", Lane.RED)).guard()).isEmpty();
    }
}
