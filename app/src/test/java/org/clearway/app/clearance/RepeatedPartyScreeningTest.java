package org.clearway.app.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.screening.PartyKey;
import org.clearway.core.screening.ScreeningClearance;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListEntry;
import org.clearway.core.screening.WatchListIndex;
import org.clearway.core.screening.WatchListScreening;
import org.junit.jupiter.api.Test;

/** Screening each distinct party once gives, declaration by declaration, what screening every party every time gives. */
class RepeatedPartyScreeningTest {
    private static final WatchList LIST = new WatchList("TEST", "test", List.of(
            new WatchListEntry("TEST", "1", "AL-RASHID, Mohammed Yousef", List.of("Abu Yusuf"), List.of("SY"), "individual"),
            new WatchListEntry("TEST", "2", "KROKUS NANOELEKTRONIKA LLC", List.of(), List.of("RU"), "entity"),
            new WatchListEntry("TEST", "4", "SMIRNOV, Aleksandr Ivanovich", List.of(), List.of("RU"), "individual")));

    private static Party party(SplittableRandom r) {
        String name = List.of("Krokus Nanoelektronika OOO", "KROKUS NANOELEKTRONIKA, OOO", "Mohammed Yousef Al-Rashid", "Smirnov Alexandr Ivanovitch",
                "Northwind Imports Ltd", "Jane Smith", "Abu Yousef").get(r.nextInt(7));
        String country = List.of("RU", "BY", "GB", "SY").get(r.nextInt(4));
        PartyId id = r.nextInt(3) == 0 ? new PartyId("NL12" + r.nextInt(3)) : null;
        return new Party(id, name, r.nextBoolean() ? null : new Address(r.nextInt(9) + " Street", "Town", "1", new CountryCode(country)));
    }

    @Test
    void every_declaration_gets_the_matches_the_wrapped_screening_gives_it_in_the_same_order() {
        // a cleared false positive for one party and entry must stay cleared for that party only
        var cleared = Set.of(new ScreeningClearance(PartyKey.of(new Party(null, "Krokus Nanoelektronika OOO", new Address("1", "M", "1", new CountryCode("RU")))), "TEST", "2"),
                new ScreeningClearance("id:NL121", "TEST", "4"));
        WatchListScreening lists = new WatchListScreening(WatchListIndex.of(List.of(LIST)), cleared);
        RepeatedPartyScreening once = new RepeatedPartyScreening(lists);
        SplittableRandom r = new SplittableRandom(3);
        List<Integer> matchCounts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Declaration d = new Declaration(DeclarationType.LOW_VALUE, null, null, party(r), party(r), party(r),
                    r.nextBoolean() ? party(r) : null, r.nextBoolean() ? party(r) : null, null, null, null, List.of(), List.of(), List.of());
            var expected = lists.screen(d);
            assertThat(once.screen(d)).as("declaration %d", i).isEqualTo(expected);
            matchCounts.add(expected.size());
        }
        assertThat(matchCounts).as("the sample has declarations with and without matches").contains(0).anyMatch(n -> n >= 2);
        assertThat(once.remembered()).as("parties repeat, so most answers are remembered").isGreaterThan(once.screened() * 5);
    }
}
