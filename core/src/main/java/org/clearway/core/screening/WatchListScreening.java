package org.clearway.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Party;

/**
 * Screens every party of a declaration against the watch lists, leaving out the matches an officer
 * has cleared as false positives for that party and entry. Immutable: a new clearance or a new
 * list makes a new instance (see {@link #withClearances}).
 */
public final class WatchListScreening implements PartyScreening {
    /** Distinct parties (name and country) whose matches are kept; beyond this the cache is emptied and refills. */
    static final int CACHED_PARTIES = 200_000;

    private final WatchListIndex index;
    private final Set<ScreeningClearance> cleared;
    /**
     * The matches of each party (name and country) screened before against this index, before the
     * clearances are applied: a party seen before on the same list version screens once. Shared by
     * the copies {@link #withClearances} makes (the lists are the same); null when not caching.
     */
    private final ConcurrentHashMap<PartyName, List<NameMatch>> byParty;
    private final boolean cacheWords;

    public WatchListScreening(WatchListIndex index, Set<ScreeningClearance> cleared) {
        this(index, cleared, new ConcurrentHashMap<>(), true);
    }

    private WatchListScreening(WatchListIndex index, Set<ScreeningClearance> cleared, ConcurrentHashMap<PartyName, List<NameMatch>> byParty, boolean cacheWords) {
        this.index = index;
        this.cleared = Set.copyOf(cleared);
        this.byParty = byParty;
        this.cacheWords = cacheWords;
    }

    public WatchListScreening withClearances(Set<ScreeningClearance> clearances) { return new WatchListScreening(index, clearances, byParty, cacheWords); }

    /** The same screening without the per-party cache: every party is matched against the index (its word lookups still cached). */
    public WatchListScreening withoutPartyCache() { return new WatchListScreening(index, cleared, null, cacheWords); }

    /** The same screening with no cache at all: every party matched and every word looked up afresh (the cold figure). */
    public WatchListScreening cold() { return new WatchListScreening(index, cleared, null, false); }

    /** How many parties' matches are kept now (at most {@value #CACHED_PARTIES}). */
    int cachedParties() { return byParty == null ? 0 : byParty.size(); }

    /** Forgets the parties screened and the words looked up so far (the benchmark starts each pass cold). */
    public void forgetCaches() {
        if (byParty != null) byParty.clear();
        index.forgetWords();
    }

    public WatchListIndex index() { return index; }

    @Override
    public List<ScreeningMatch> screen(Declaration d) {
        List<ScreeningMatch> out = null;
        out = screen("declarant", d.declarant(), out);
        out = screen("importer", d.importer(), out);
        out = screen("exporter", d.exporter(), out);
        out = screen("seller", d.seller(), out);
        out = screen("buyer", d.buyer(), out);
        return out == null ? List.of() : List.copyOf(out);
    }

    /** The same screening, every name compared with every entry: the baseline for the benchmark. */
    public List<ScreeningMatch> screenEveryEntry(Declaration d) {
        List<ScreeningMatch> out = new ArrayList<>();
        for (var p : List.of(new Object[] {"declarant", d.declarant()}, new Object[] {"importer", d.importer()},
                new Object[] {"exporter", d.exporter()}, new Object[] {"seller", d.seller()}, new Object[] {"buyer", d.buyer()})) {
            Party party = (Party) p[1];
            if (party == null || party.name() == null) continue;
            for (NameMatch m : index.matchEveryName(party.name(), country(party))) add((String) p[0], party, m, out);
        }
        return out;
    }

    private List<ScreeningMatch> screen(String role, Party party, List<ScreeningMatch> out) {
        if (party == null || party.name() == null) return out;
        List<NameMatch> matches = matches(party.name(), country(party));
        for (NameMatch m : matches) {
            if (out == null) out = new ArrayList<>(2);
            add(role, party, m, out);
        }
        return out;
    }

    private List<NameMatch> matches(String name, String country) {
        if (byParty == null) return cacheWords ? index.match(name, country) : index.matchUncached(name, country);
        PartyName key = new PartyName(name, country);
        List<NameMatch> m = byParty.get(key);
        if (m != null) return m;
        m = index.match(name, country);
        if (byParty.size() >= CACHED_PARTIES) byParty.clear();
        byParty.putIfAbsent(key, m);
        return m;
    }

    /** A party as the cache knows it: the name as written and the country (null when not given); hashing reuses the strings' cached hashes. */
    private record PartyName(String name, String country) {}

    private void add(String role, Party party, NameMatch m, List<ScreeningMatch> out) {
        if (!cleared.isEmpty() && cleared.contains(new ScreeningClearance(PartyKey.of(party), m.entry().list(), m.entry().entryId()))) return;
        out.add(new ScreeningMatch(role, party.name(), m.entry().list(), m.entry().entryId(), m.entry().name(), m.matchedName(), m.score()));
    }

    private static String country(Party p) {
        return p.address() == null || p.address().country() == null ? null : p.address().country().value();
    }
}
