package org.clearway.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MrnTest {

    @Test
    void anMrnIsEighteenCharactersWithYearCountryAndACheckDigit() {
        Mrn mrn = Mrn.of(2026, "GB", 152);
        assertThat(mrn.value()).hasSize(18).startsWith("26GB").matches("26GB0{11}48[0-9]");
    }

    @Test
    void theCheckDigitFollowsIso6346() {
        // ISO 6346's own example container number CSQU305438 has check digit 3: same algorithm.
        assertThat(Mrn.checkDigit("CSQU305438")).isEqualTo(3);
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheckDigit() {
        Mrn mrn = Mrn.of(2026, "GB", 123456);
        String typo = mrn.value().substring(0, 10) + (mrn.value().charAt(10) == '0' ? '1' : '0') + mrn.value().substring(11);
        assertThat(Mrn.isWellFormed(typo)).isFalse();
        assertThatThrownBy(() -> new Mrn(typo)).hasMessageContaining("check digit");
    }

    @Test
    void sequencesGiveDistinctValidMrns() {
        Set<String> seen = new HashSet<>();
        for (long s = 1; s <= 20_000; s++) {
            Mrn mrn = Mrn.of(2026, "NL", s);
            assertThat(Mrn.isWellFormed(mrn.value())).isTrue();
            seen.add(mrn.value());
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void malformedMrnsAreRefused() {
        assertThat(Mrn.isWellFormed("26gb0000000000001")).isFalse();
        assertThat(Mrn.isWellFormed("")).isFalse();
        assertThat(Mrn.isWellFormed(null)).isFalse();
    }
}
