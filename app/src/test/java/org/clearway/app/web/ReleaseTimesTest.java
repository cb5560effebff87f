package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseTimesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private static DashboardData.Event e(String mrn, String lane, String office, String type, long minutes) {
        return new DashboardData.Event(mrn, lane, office, type, T0.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void nearestRankPercentiles() {
        ReleaseTimes.Durations ten = new ReleaseTimes.Durations();
        for (int i = 10; i >= 1; i--) ten.add(Duration.ofMinutes(i)); // out of order: sorted when read
        assertThat(ten.spread("ten").median()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ten.spread("ten").p90()).isEqualTo(Duration.ofMinutes(9));
        assertThat(ten.spread("ten").count()).isEqualTo(10);
        ReleaseTimes.Durations one = new ReleaseTimes.Durations();
        one.add(Duration.ofSeconds(7));
        assertThat(one.spread("one").p90()).isEqualTo(Duration.ofSeconds(7));
        assertThat(new ReleaseTimes.Durations().spread("none").median()).isEqualTo(Duration.ZERO);
    }

    @Test
    void zeroDurationsCountedApartGiveTheSpreadTheyWouldGiveOneByOne() {
        java.util.Random random = new java.util.Random(29);
        for (int round = 0; round < 2_000; round++) {
            ReleaseTimes.Durations apart = new ReleaseTimes.Durations(), oneByOne = new ReleaseTimes.Durations();
            int values = random.nextInt(6), zeros = random.nextInt(6);
            for (int i = 0; i < values; i++) {
                // some negative (a clock set back between two events), some zero, most positive
                Duration d = Duration.ofSeconds(random.nextInt(20) - 3);
                apart.add(d);
                oneByOne.add(d);
            }
            apart.addZeros(zeros);
            for (int i = 0; i < zeros; i++) oneByOne.add(Duration.ZERO);

            assertThat(apart.spread("x")).isEqualTo(oneByOne.spread("x"));
        }
    }

    @Test
    void releaseTimesByLaneAndOfficeFromSubmittedToReleased() {
        var tally = new ReleaseTimes.Tally();
        List.of(
                e("A", "GREEN", "GBFXT001", "SUBMITTED", 0), e("A", "GREEN", "GBFXT001", "ASSESSED", 0), e("A", "GREEN", "GBFXT001", "RELEASED", 0),
                e("B", "RED", "GBFXT001", "SUBMITTED", 0), e("B", "RED", "GBFXT001", "ASSESSED", 0),
                e("B", "RED", "GBFXT001", "INSPECTION_STARTED", 60), e("B", "RED", "GBFXT001", "RELEASED", 180),
                e("C", "RED", "GBLHR001", "SUBMITTED", 0), e("C", "RED", "GBLHR001", "ASSESSED", 0), e("C", "RED", "GBLHR001", "RELEASED", 30),
                e("D", "YELLOW", "GBLHR001", "SUBMITTED", 0), e("D", "YELLOW", "GBLHR001", "ASSESSED", 0)).forEach(tally);
        var figures = tally.figures();
        assertThat(figures.released()).isEqualTo(3);
        assertThat(figures.byLane()).extracting(ReleaseTimes.Spread::label, ReleaseTimes.Spread::count, ReleaseTimes.Spread::median, ReleaseTimes.Spread::p90)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GREEN", 1, Duration.ZERO, Duration.ZERO),
                        org.assertj.core.groups.Tuple.tuple("RED", 2, Duration.ofMinutes(30), Duration.ofMinutes(180)));
        assertThat(figures.byOffice()).extracting(ReleaseTimes.Spread::label, ReleaseTimes.Spread::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GBFXT001", 2), org.assertj.core.groups.Tuple.tuple("GBLHR001", 2 - 1));
        // the slowest step first: inspection started → released took 120 min
        assertThat(figures.steps().getFirst().label()).isEqualTo("inspection started → released");
        assertThat(figures.steps().getFirst().median()).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(ReleaseTimes.format(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(ReleaseTimes.format(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(ReleaseTimes.format(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
        assertThat(ReleaseTimes.format(Duration.ofHours(50))).isEqualTo("2 d 2 h");
    }
}
