package org.clearway.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.profile.SampleDeclarations.*;

import java.math.BigDecimal;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.inspection.InspectionResult;
import org.clearway.core.risk.Lane;
import org.junit.jupiter.api.Test;

class BackTestTest {
    private static final InspectionResult CLEAN = new InspectionResult.NoDiscrepancy(null);

    private static InspectionResult found(String gbp) { return new InspectionResult.Discrepancy(Money.of(gbp, "GBP"), null); }

    @Test
    void aDraftIsMeasuredOnAKnownHistory() {
        var test = new BackTest(compiled(5, profile("\"CN\" in origins && hsCodes.exists(h, h.startsWith(\"61\"))", Lane.RED)));
        // ten past declarations: five Chinese shirts (four inspected: three hits), five others (three inspected: one hit)
        test.add("M01", anImport(line("610910", "CN", "15", "10")), found("120.00"));
        test.add("M02", anImport(line("610910", "CN", "15", "10")), found("80.50"));
        test.add("M03", anImport(line("611020", "CN", "15", "10")), new InspectionResult.Seizure("counterfeit clothing", new Quantity(BigDecimal.TEN, "NAR"), null));
        test.add("M04", anImport(line("610910", "CN", "15", "10")), CLEAN);
        test.add("M05", anImport(line("847130", "VN", "99", "1"), line("610910", "CN", "15", "10")), null);
        test.add("M06", anImport(line("610910", "VN", "15", "10")), found("10.00"));
        test.add("M07", anImport(line("847130", "CN", "15", "10")), CLEAN);
        test.add("M08", anImport(line("847130", "CN", "15", "10")), CLEAN);
        test.add("M09", anImport(line("940360", "TR", "15", "10")), null);
        test.add("M10", anImport(line("940360", "TR", "15", "10")), null);

        BackTest.BackTestReport r = test.report();
        assertThat(r.examined()).isEqualTo(10);
        assertThat(r.selected()).isEqualTo(5);
        assertThat(r.selectionRate()).isEqualTo(0.5);
        assertThat(r.selectedMrns()).containsExactly("M01", "M02", "M03", "M04", "M05");
        assertThat(r.selectedInspected()).isEqualTo(4);
        assertThat(r.selectedHits()).isEqualTo(3);
        assertThat(r.hitRate()).isEqualTo(0.75);
        assertThat(r.revenueRecovered()).isEqualByComparingTo("200.50");
        assertThat(r.inspected()).isEqualTo(7);
        assertThat(r.inspectedHits()).isEqualTo(4);
        assertThat(r.baselineHitRate()).isEqualTo(4 / 7.0);
    }

    @Test
    void anEmptyPeriodGivesZeroesAndNoRates() {
        var r = new BackTest(compiled(5, profile("true", Lane.RED))).report();
        assertThat(r.examined()).isZero();
        assertThat(r.hitRate()).isNull();
        assertThat(r.baselineHitRate()).isNull();
    }

    @Test
    void onlyTheFirstThousandSelectionsAreListedButAllAreCounted() {
        var test = new BackTest(compiled(5, profile("true", Lane.RED)));
        var d = anImport(line("610910", "CN", "15", "10"));
        for (int i = 0; i < BackTest.MAX_LISTED + 1; i++) test.add("M" + i, d, null);
        assertThat(test.report().selected()).isEqualTo(BackTest.MAX_LISTED + 1);
        assertThat(test.report().selectedMrns()).hasSize(BackTest.MAX_LISTED);
    }
}
