package org.clearway.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.clearway.core.risk.Lane;

/**
 * Any text an analyst might send as an expression: compiling gives Ok or Refused with positions,
 * never an exception, and whatever compiles runs on a declaration without throwing, as Java giving
 * CEL's answer. In a normal
 * build this replays the seed corpus in ProfileExpressionFuzzTestInputs/compileNeverThrows; fuzz for
 * real with JAZZER_FUZZ=1.
 */
class ProfileExpressionFuzzTest {
    private static final DeclarationFacts FACTS = DeclarationFacts.of(SampleDeclarations.anImport("GB000084", List.of("GBAEOC1"),
            SampleDeclarations.line("610910", "CN", "15", "10"), SampleDeclarations.line("847130", "VN", "900", null)));

    @FuzzTest(maxDuration = "60s")
    void compileNeverThrows(String expression) {
        if (expression == null || expression.isBlank()) return; // a missing or blank expression is refused when the profile is made
        var definition = new ProfileDefinition("fuzz", expression, new ProfileAction.SendTo(Lane.RED), "fuzz",
                ValidityPeriod.from(LocalDate.of(2026, 1, 1)), ProfileScope.everywhere(), false);
        switch (ProfileLanguage.compile(new ProfileVersion(1, 1, definition))) {
            case Compiled.Ok(var profile) -> {
                profile.matches(FACTS);
                // the needs read from the expression must never turn a hit into a miss
                if (profile.evaluate(FACTS)) assertThat(profile.matches(FACTS)).isTrue();
                // where the expression runs as Java it must answer as CEL does
                if (profile.compiledToJava()) assertThat(profile.javaOutcome(FACTS)).isEqualTo(profile.interpretedOutcome(FACTS));
            }
            case Compiled.Refused(var errors) -> assertThat(errors).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.line()).isPositive())
                    .allSatisfy(e -> assertThat(e.column()).isPositive());
        }
    }
}
