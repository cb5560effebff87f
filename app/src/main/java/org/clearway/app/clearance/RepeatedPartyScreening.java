package org.clearway.app.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Party;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.ScreeningMatch;

/**
 * Watch-list screening for a manifest, each party screened once: in a manifest the declarant is
 * on every line and the same sellers and consignors on many, and each would otherwise be compared
 * with the lists again for every consignment. Gives exactly what the wrapped screening gives: a
 * party's matches depend only on its role, name, id and country (the name and country are what is
 * compared, the id or name and country are what an officer's clearance is remembered for), and
 * those four are the key. Each party is screened through the wrapped screening on a declaration
 * that holds only that party, so clearances and the lists' rules stay the wrapped screening's.
 *
 * <p>Holds one snapshot of the lists: made again when the lists or clearances change. Bounded: at
 * {@link #MAX_PARTIES} parties it forgets them all and starts again (a consignee seen once, the
 * common case, is not worth keeping). Thread-safe.
 */
final class RepeatedPartyScreening implements PartyScreening {
    static final int MAX_PARTIES = 20_000;

    private record Key(String role, String name, String id, String country) {}

    private final PartyScreening screening;
    private final ConcurrentHashMap<Key, List<ScreeningMatch>> seen = new ConcurrentHashMap<>();
    private final LongAdder screened = new LongAdder();
    private final LongAdder remembered = new LongAdder();

    RepeatedPartyScreening(PartyScreening screening) {
        this.screening = screening;
    }

    /** The screening this one remembers the answers of. */
    PartyScreening wrapped() { return screening; }

    /** How many parties were compared with the lists, and how many answers were remembered from an earlier one. */
    long screened() { return screened.sum(); }

    long remembered() { return remembered.sum(); }

    @Override
    public List<ScreeningMatch> screen(Declaration d) {
        List<ScreeningMatch> out = null;
        out = add(out, "declarant", d.declarant());
        out = add(out, "importer", d.importer());
        out = add(out, "exporter", d.exporter());
        out = add(out, "seller", d.seller());
        out = add(out, "buyer", d.buyer());
        return out == null ? List.of() : List.copyOf(out);
    }

    private List<ScreeningMatch> add(List<ScreeningMatch> out, String role, Party party) {
        if (party == null || party.name() == null) return out;
        List<ScreeningMatch> matches = of(role, party);
        if (matches.isEmpty()) return out;
        if (out == null) out = new ArrayList<>(matches.size() + 1);
        out.addAll(matches);
        return out;
    }

    private List<ScreeningMatch> of(String role, Party party) {
        Key key = new Key(role, party.name(), party.id() == null ? null : party.id().value(),
                party.address() == null || party.address().country() == null ? null : party.address().country().value());
        List<ScreeningMatch> known = seen.get(key);
        if (known != null) {
            remembered.increment();
            return known;
        }
        List<ScreeningMatch> matches = List.copyOf(screening.screen(alone(role, party)));
        screened.increment();
        if (seen.size() >= MAX_PARTIES) seen.clear();
        seen.put(key, matches);
        return matches;
    }

    /** A declaration with this one party in its role and nothing else to screen. */
    private static Declaration alone(String role, Party p) {
        return new Declaration(DeclarationType.LOW_VALUE, null, null,
                role.equals("declarant") ? p : null, role.equals("importer") ? p : null, role.equals("exporter") ? p : null,
                role.equals("seller") ? p : null, role.equals("buyer") ? p : null,
                null, null, null, List.of(), List.of(), List.of());
    }
}
