package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching on a small hand-made list: what a trader's spelling must still find, and what it must not. */
class WatchListIndexTest {
    static final WatchList LIST = new WatchList("TEST", "test", List.of(
            new WatchListEntry("TEST", "1", "AL-RASHID, Mohammed Yousef", List.of("Abu Yusuf"), List.of("SY"), "individual"),
            new WatchListEntry("TEST", "2", "KROKUS NANOELEKTRONIKA LLC", List.of(), List.of("RU"), "entity"),
            new WatchListEntry("TEST", "3", "Golden Crescent Shipping Company", List.of("GCS Lines"), List.of(), "entity"),
            new WatchListEntry("TEST", "4", "SMIRNOV, Aleksandr Ivanovich", List.of(), List.of("RU"), "individual"),
            new WatchListEntry("TEST", "5", "Hassan Trading", List.of(), List.of(), "entity")));
    static final WatchListIndex INDEX = WatchListIndex.of(List.of(LIST));

    private static List<String> ids(String name) {
        return INDEX.match(name, null).stream().map(m -> m.entry().entryId()).toList();
    }

    @Test
    void findsListedNamesAsTradersWriteThem() {
        assertThat(ids("Mohammed Yousef Al-Rashid")).as("word order").containsExactly("1");
        assertThat(ids("Muhammad Yusuf Alrashid")).as("transliteration").isEmpty(); // "alrashid" is one word, "al rashid" two: too far
        assertThat(ids("Muhammad Yusuf Al Rashid")).as("transliteration").containsExactly("1");
        assertThat(ids("M. Yousef AL RASHID")).as("initial").containsExactly("1");
        assertThat(ids("Abu Yousef")).as("alias with another spelling").containsExactly("1");
        assertThat(ids("Krokus Nanoelektronika OOO")).as("legal form").containsExactly("2");
        assertThat(ids("Krokus Nanoelectronika Ltd.")).as("typo and legal form").containsExactly("2");
        assertThat(ids("GOLDEN CRESCENT SHIPING CO., LTD")).as("typo").containsExactly("3");
        assertThat(ids("gcs lines")).as("alias").containsExactly("3");
        assertThat(ids("Smirnov Alexandr Ivanovitch")).as("transliteration").containsExactly("4");
        assertThat(ids("Smírnov Aleksándr Ivánovich")).as("diacritics").containsExactly("4");
    }

    @Test
    void doesNotFlagNamesThatOnlyShareAWord() {
        assertThat(ids("Golden Harvest Foods")).isEmpty();
        assertThat(ids("Hassan Mahmoud")).isEmpty();
        assertThat(ids("Smith Alexander")).isEmpty();
        assertThat(ids("Northwind Imports Ltd")).isEmpty();
        assertThat(ids("")).isEmpty();
    }

    @Test
    void theCountryBreaksTies() {
        double without = INDEX.match("Smirnov Alexandr Ivanovitch", null).getFirst().score();
        double same = INDEX.match("Smirnov Alexandr Ivanovitch", "RU").getFirst().score();
        double other = INDEX.match("Smirnov Alexandr Ivanovitch", "FR").getFirst().score();
        assertThat(same).isGreaterThan(without);
        assertThat(other).isEqualTo(without);
    }

    @Test
    void anExactNameScoresOneAndTellsWhichNameMatched() {
        NameMatch m = INDEX.match("Abu Yusuf", null).getFirst();
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.matchedName()).isEqualTo("Abu Yusuf");
        assertThat(m.entry().name()).isEqualTo("AL-RASHID, Mohammed Yousef");
    }

    @Test
    void theIndexFindsWhatComparingEveryNameFinds() {
        for (String q : List.of("Mohammed Yousef Al-Rashid", "Krokus Nanoelectronika Ltd.", "GOLDEN CRESCENT SHIPING CO., LTD",
                "Smirnov Alexandr Ivanovitch", "Golden Harvest Foods", "M. Yousef AL RASHID", "Hassan Trading Co")) {
            assertThat(INDEX.match(q, "RU")).as(q).isEqualTo(INDEX.matchEveryName(q, "RU"));
        }
    }

    @Test
    void concurrentQueriesGetTheAnswersOfSequentialOnes() throws Exception {
        List<String> queries = List.of("Mohammed Yousef Al-Rashid", "Krokus Nanoelectronika Ltd.", "GOLDEN CRESCENT SHIPING CO., LTD",
                "Smirnov Alexandr Ivanovitch", "Golden Harvest Foods", "M. Yousef AL RASHID", "gcs lines", "Abu Yousef");
        List<List<NameMatch>> expected = queries.stream().map(q -> INDEX.match(q, null)).toList();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> {
                    for (int r = 0; r < 50; r++) {
                        for (int i = 0; i < queries.size(); i++) if (!INDEX.match(queries.get(i), null).equals(expected.get(i))) return false;
                    }
                    return true;
                }));
            }
            for (var f : runs) assertThat(f.get()).isTrue();
        }
    }

    /** A distinct all-letter word for each number ("ba", "bb", ... ), none alike to a listed word. */
    static String word(int n) {
        StringBuilder b = new StringBuilder("q");
        do { b.append((char) ('a' + n % 26)); n /= 26; } while (n > 0);
        return b.toString();
    }

    @Test
    void theWordCacheIsBoundedAndAnswersAsBeforeOnceRefilled() {
        WatchListIndex index = WatchListIndex.of(List.of(LIST));
        List<NameMatch> before = index.match("Krokus Nanoelectronika Ltd.", "RU");
        int peak = 0;
        for (int i = 0; i < WatchListIndex.CACHED_WORDS + 1_000; i++) {
            index.match(word(i), null);
            peak = Math.max(peak, index.cachedWords());
        }
        assertThat(peak).isEqualTo(WatchListIndex.CACHED_WORDS);
        assertThat(index.cachedWords()).isLessThan(WatchListIndex.CACHED_WORDS);
        assertThat(index.match("Krokus Nanoelectronika Ltd.", "RU")).isEqualTo(before).isEqualTo(index.matchUncached("Krokus Nanoelectronika Ltd.", "RU"));
    }
}
