package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's time axis and its inspection figures: days or weeks, hit rate per bucket, revenue summed exactly. */
class InspectionFiguresTest {
    private static final LocalDate FIRST = LocalDate.parse("2026-10-30");

    @Test
    void thirtyDaysAreDaysAndNinetyDaysAreWeeks() {
        Buckets days = Buckets.of(FIRST, 30);
        assertThat(days.size()).isEqualTo(30);
        assertThat(days.unit()).isEqualTo("day");
        assertThat(days.labels().getFirst()).isEqualTo("30/10");
        assertThat(days.index(FIRST.plusDays(29))).isEqualTo(29);
        assertThat(days.index(FIRST.plusDays(30))).isEqualTo(-1);
        assertThat(days.index(FIRST.minusDays(1))).isEqualTo(-1);

        Buckets weeks = Buckets.of(FIRST, 90);
        assertThat(weeks.unit()).isEqualTo("week");
        assertThat(weeks.size()).isEqualTo(13); // 12 whole weeks and the last 6 days
        assertThat(weeks.index(FIRST.plusDays(6))).isZero();
        assertThat(weeks.index(FIRST.plusDays(7))).isEqualTo(1);
        assertThat(weeks.index(FIRST.plusDays(89))).isEqualTo(12);
        assertThat(weeks.labels().get(1)).isEqualTo("6/11");
    }

    @Test
    void hitRateIsTheShareOfResultsWithADiscrepancyOrASeizureAndNothingRecordedIsNoPoint() {
        Buckets weeks = Buckets.of(FIRST, 90);
        var figures = InspectionFigures.of(weeks, List.of(
                new DashboardData.DayResults(FIRST, 3, 1, 0, new BigDecimal("180.50")),
                new DashboardData.DayResults(FIRST.plusDays(2), 1, 0, 1, BigDecimal.ZERO),
                new DashboardData.DayResults(FIRST.plusDays(14), 4, 0, 0, BigDecimal.ZERO),
                new DashboardData.DayResults(FIRST.plusDays(15), 2, 2, 0, new BigDecimal("0.10")),
                new DashboardData.DayResults(FIRST.minusDays(1), 9, 9, 0, new BigDecimal("1000"))));
        // week 1: 4 results, 2 hits; week 2: nothing; week 3: 6 results, 2 hits
        assertThat(figures.recorded(0)).isEqualTo(4);
        assertThat(figures.hitRate(0)).isEqualTo(50.0);
        assertThat(figures.hitRate(1)).isNaN();
        assertThat(figures.hitRate(2)).isEqualTo(33.3);
        assertThat(figures.clean()[2]).isEqualTo(4);
        assertThat(figures.seizures()[0]).isEqualTo(1);
        assertThat(figures.totalRecorded()).isEqualTo(10);
        assertThat(figures.totalHits()).isEqualTo(4);
        assertThat(figures.totalRevenue()).isEqualByComparingTo("180.60");
        assertThat(Charts.cells(figures.hitRates().subList(0, 3), " %")).containsExactly("50 %", "–", "33.3 %");
    }

    @Test
    void aLineWithAGapIsDrawnInPiecesAndTheNumbersTableEscapesItsCells() {
        String svg = Charts.lines("Hit rate", List.of("a", "b", "c", "d"), List.of(new Charts.Series("hit rate", "hitrate", List.of(10.0, Double.NaN, 20.0, 30.0))));
        assertThat(svg.split("<polyline", -1)).hasSize(2); // a lone point before the gap makes no line; c-d does
        assertThat(svg.split("<circle", -1)).hasSize(4);
        String table = Charts.numbers("Results", "Day", List.of("1/11"), List.of("<b>"), List.of(List.of("<i>")));
        assertThat(table).contains("<summary>Results: the numbers</summary>").contains("&lt;b&gt;").contains("&lt;i&gt;").doesNotContain("<i>");
    }
}
