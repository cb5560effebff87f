package org.clearway.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Party;

/**
 * Screens every party of a declaration against the watch lists, leaving out the matches an officer
 * has cleared as false positives for that party and entry. Immutable: a new clearance or a new
 * list makes a new instance (see {@link #withClearances}).
 */
public final class WatchListScreening implements PartyScreening {
    private final WatchListIndex index;
    private final Set<ScreeningClearance> cleared;

    public WatchListScreening(WatchListIndex index, Set<ScreeningClearance> cleared) {
        this.index = index;
        this.cleared = Set.copyOf(cleared);
    }

    public WatchListScreening withClearances(Set<ScreeningClearance> clearances) { return new WatchListScreening(index, clearances); }

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
        List<NameMatch> matches = index.match(party.name(), country(party));
        for (NameMatch m : matches) {
            if (out == null) out = new ArrayList<>(2);
            add(role, party, m, out);
        }
        return out;
    }

    private void add(String role, Party party, NameMatch m, List<ScreeningMatch> out) {
        if (!cleared.isEmpty() && cleared.contains(new ScreeningClearance(PartyKey.of(party), m.entry().list(), m.entry().entryId()))) return;
        out.add(new ScreeningMatch(role, party.name(), m.entry().list(), m.entry().entryId(), m.entry().name(), m.matchedName(), m.score()));
    }

    private static String country(Party p) {
        return p.address() == null || p.address().country() == null ? null : p.address().country().value();
    }
}
