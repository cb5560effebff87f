package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.reference.CountryCode;
import org.junit.jupiter.api.Test;

/** Every party of a declaration is screened; a cleared false positive stays cleared for that party and entry only. */
class WatchListScreeningTest {
    static final WatchListIndex INDEX = WatchListIndexTest.INDEX;

    static Declaration declaration(Party exporter, Party buyer) {
        Party declarant = new Party(new PartyId("GB100000000001"), "Northwind Imports Ltd", new Address("1 Dock Road", "Felixstowe", "IP11", new CountryCode("GB")));
        return new Declaration(DeclarationType.IMPORT, null, null, declarant, declarant, exporter, exporter, buyer, null, null, null, List.of(), List.of(), List.of());
    }

    static final Party KROKUS = new Party(null, "Krokus Nanoelektronika OOO", new Address("1 Street", "Moscow", "1", new CountryCode("RU")));
    static final Party SMIRNOV = new Party(new PartyId("NL123"), "Smirnov Alexandr Ivanovitch", null);

    @Test
    void everyPartyIsScreenedWithItsRole() {
        List<ScreeningMatch> m = new WatchListScreening(INDEX, Set.of()).screen(declaration(KROKUS, SMIRNOV));
        assertThat(m).extracting(ScreeningMatch::partyRole, ScreeningMatch::entryId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("exporter", "2"), org.assertj.core.groups.Tuple.tuple("seller", "2"),
                org.assertj.core.groups.Tuple.tuple("buyer", "4"));
        assertThat(m.getFirst().entryName()).isEqualTo("KROKUS NANOELEKTRONIKA LLC");
        assertThat(m.getFirst().list()).isEqualTo("TEST");
    }

    @Test
    void aClearedMatchNoLongerHoldsThatPartyButOtherEntriesAndPartiesStillMatch() {
        var cleared = new ScreeningClearance(PartyKey.of(KROKUS), "TEST", "2");
        WatchListScreening s = new WatchListScreening(INDEX, Set.of(cleared));
        assertThat(s.screen(declaration(KROKUS, SMIRNOV))).extracting(ScreeningMatch::entryId).containsExactly("4");
        // the same party written differently (no id: name and country) is the same party
        Party sameKrokus = new Party(null, "KROKUS NANOELEKTRONIKA, OOO", new Address("2 Other St", "Moscow", "2", new CountryCode("RU")));
        assertThat(s.screen(declaration(sameKrokus, null))).isEmpty();
        // another party with that name in another country is not cleared
        Party otherKrokus = new Party(null, "Krokus Nanoelektronika OOO", new Address("1 Street", "Minsk", "1", new CountryCode("BY")));
        assertThat(s.screen(declaration(otherKrokus, null))).extracting(ScreeningMatch::entryId).containsExactly("2", "2");
    }

    @Test
    void aPartyWithAnIdIsRememberedByItsId() {
        var cleared = new ScreeningClearance(PartyKey.of(SMIRNOV), "TEST", "4");
        assertThat(PartyKey.of(SMIRNOV)).isEqualTo("id:NL123");
        Party renamed = new Party(new PartyId("NL123"), "A. I. Smirnov", null);
        assertThat(new WatchListScreening(INDEX, Set.of(cleared)).screen(declaration(null, renamed))).isEmpty();
    }

    @Test
    void noListsNoMatches() {
        assertThat(PartyScreening.NONE.screen(declaration(KROKUS, SMIRNOV))).isEmpty();
    }

    @Test
    void aPartyScreenedBeforeAnswersAsScreenedAfresh() {
        WatchListScreening cached = new WatchListScreening(WatchListIndex.of(List.of(WatchListIndexTest.LIST)), Set.of());
        Party other = new Party(null, "Golden Harvest Foods", new Address("1 Street", "Leeds", "1", new CountryCode("GB")));
        List<Declaration> declarations = List.of(declaration(KROKUS, SMIRNOV), declaration(other, SMIRNOV), declaration(KROKUS, other),
                declaration(new Party(null, "GOLDEN CRESCENT SHIPING CO., LTD", null), KROKUS));
        for (int pass = 0; pass < 3; pass++) {
            for (Declaration d : declarations) {
                List<ScreeningMatch> fresh = cached.cold().screen(d);
                assertThat(cached.screen(d)).isEqualTo(fresh);
                assertThat(cached.withoutPartyCache().screen(d)).isEqualTo(fresh);
            }
            if (pass == 1) cached.forgetCaches();
        }
        assertThat(cached.screen(declarations.getFirst())).isNotEmpty();
    }

    @Test
    void aClearanceAppliesToAPartyAlreadyInTheCache() {
        WatchListScreening before = new WatchListScreening(WatchListIndex.of(List.of(WatchListIndexTest.LIST)), Set.of());
        assertThat(before.screen(declaration(KROKUS, null))).extracting(ScreeningMatch::entryId).containsExactly("2", "2");
        // the copy with the clearance shares the cache of matches, which holds matches before clearances
        WatchListScreening after = before.withClearances(Set.of(new ScreeningClearance(PartyKey.of(KROKUS), "TEST", "2")));
        assertThat(after.screen(declaration(KROKUS, null))).isEmpty();
        assertThat(before.screen(declaration(KROKUS, null))).hasSize(2);
    }

    @Test
    void thePartyCacheIsBoundedAndStillAnswersOnceFull() {
        WatchListScreening s = new WatchListScreening(WatchListIndex.of(List.of(WatchListIndexTest.LIST)), Set.of());
        List<ScreeningMatch> krokus = s.cold().screen(declaration(KROKUS, SMIRNOV));
        int peak = 0;
        for (int i = 0; i < WatchListScreening.CACHED_PARTIES + 1_000; i += 2) {
            // two new parties per declaration (exporter and seller are one party; buyer another); the declarant repeats
            s.screen(declaration(new Party(null, WatchListIndexTest.word(i), null), new Party(null, WatchListIndexTest.word(i + 1), null)));
            peak = Math.max(peak, s.cachedParties());
        }
        assertThat(peak).isBetween(WatchListScreening.CACHED_PARTIES - 2, WatchListScreening.CACHED_PARTIES);
        assertThat(s.cachedParties()).isLessThan(WatchListScreening.CACHED_PARTIES);
        assertThat(s.screen(declaration(KROKUS, SMIRNOV))).isEqualTo(krokus);
    }
}
