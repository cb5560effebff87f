package org.clearway.app.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clearway.app.clearance.DeclarationService;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.WatchListHold;
import org.clearway.formats.json.AnswerJson;
import org.clearway.store.declaration.ActResult;
import org.clearway.store.declaration.Change;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Party;
import org.clearway.core.screening.BundledWatchLists;
import org.clearway.core.screening.ImportedListCsv;
import org.clearway.core.screening.ListProblem;
import org.clearway.core.screening.NameMatch;
import org.clearway.core.screening.ParsedList;
import org.clearway.core.screening.PartyKey;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.screening.ScreeningClearance;
import org.clearway.core.screening.ScreeningMatch;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListIndex;
import org.clearway.core.screening.WatchListScreening;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.StoredDeclaration;
import org.clearway.store.screening.ScreeningClearanceRepositoryJdbc;
import org.clearway.store.screening.WatchListRepositoryJdbc;

/**
 * Watch-list screening at the application's edge: the bundled OFAC SDN and UN lists plus the lists
 * analysts import, the false positives officers clear, and the current immutable screening snapshot
 * that the risk assessment consults through {@link #partyScreening()}. An import or a clearance
 * replaces the snapshot whole; screening in flight keeps the one it started with.
 */
public final class ScreeningService {
    private final List<WatchList> bundled;
    private final WatchListRepositoryJdbc lists;
    private final ScreeningClearanceRepositoryJdbc clearances;
    private final DeclarationService declarations;
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();
    private volatile WatchListScreening current;

    /** A list as shown to users: bundled or imported, with its size. */
    public record ListSummary(String name, String source, boolean bundled, int entries, String importedBy, String importedAt) {}

    /**
     * The outcome of clearing a match: which parties were cleared, what still matches on the
     * declaration, and the declaration as it now stands ({@code reassessed}: its watch-list hold was
     * lifted by this clearance and its lane taken again from the rest of its assessment).
     */
    public record Clearance(String mrn, String list, String entryId, List<String> partyKeys, List<ScreeningMatch> remaining,
                            StoredDeclaration declaration, boolean reassessed) {}

    private final DeclarationRepositoryJdbc repository;
    private final Clock clock;

    public ScreeningService(WatchListRepositoryJdbc lists, ScreeningClearanceRepositoryJdbc clearances, DeclarationService declarations,
                            DeclarationRepositoryJdbc repository, Clock clock) {
        this.bundled = BundledWatchLists.load();
        this.lists = lists;
        this.clearances = clearances;
        this.declarations = declarations;
        this.repository = repository;
        this.clock = clock;
        this.current = new WatchListScreening(index(), clearedSet());
    }

    /** The screening the risk assessment plugs in: always the newest snapshot. */
    public PartyScreening partyScreening() { return d -> current.screen(d); }

    public WatchListScreening snapshot() { return current; }

    public List<NameMatch> screenName(Account who, String name, String country) {
        requireStaff(who, "screen names");
        if (name == null || name.isBlank() || name.length() > 300) {
            throw ApiProblem.badRequest("bad name", List.of(new Problem("INVALID_VALUE", "name", "name must be 1 to 300 characters")));
        }
        if (country != null && !country.isBlank() && !country.matches("[A-Z]{2}")) {
            throw ApiProblem.badRequest("bad country", List.of(new Problem("INVALID_VALUE", "country", "country must be ISO 3166 alpha-2 in capitals, e.g. NL")));
        }
        return current.index().match(name, country == null || country.isBlank() ? null : country);
    }

    public synchronized WatchListRepositoryJdbc.ListInfo importList(Account who, String name, String source, byte[] csv) {
        if (who.role() != Role.ANALYST) {
            throw ApiProblem.forbidden("only an analyst may import watch lists; you are signed in as " + who.role().name().toLowerCase());
        }
        ParsedList parsed = ImportedListCsv.parse(name, csv, source == null ? "" : source);
        if (!parsed.ok()) {
            List<Problem> problems = new ArrayList<>();
            for (ListProblem p : parsed.problems()) problems.add(new Problem(p.code(), p.line() == 0 ? "file" : "line " + p.line(), p.message()));
            throw new ApiProblem(422, "urn:clearway:problem:invalid-watchlist", "Watch list refused",
                    "the list was not imported; " + problems.size() + " problem(s) to fix", problems);
        }
        WatchListRepositoryJdbc.ListInfo info = lists.store(who.username(), parsed.list());
        current = new WatchListScreening(index(), clearedSet());
        return info;
    }

    public List<ListSummary> lists(Account who) {
        requireStaff(who, "see watch lists");
        List<ListSummary> out = new ArrayList<>();
        for (WatchList l : bundled) out.add(new ListSummary(l.name(), l.source(), true, l.entries().size(), null, null));
        for (var l : lists.list()) out.add(new ListSummary(l.name(), l.source(), false, l.entryCount(), l.importedBy(), l.importedAt().toString()));
        return out;
    }

    /** The watch-list matches of a declaration's parties now (cleared ones left out). */
    public List<ScreeningMatch> matches(Account who, String mrn) {
        requireStaff(who, "see a declaration's watch-list matches");
        return current.screen(declaration(declarations.find(who, mrn)));
    }

    /**
     * An officer's finding that a match on this declaration is a false positive: remembered for each
     * party that matched the entry (its EORI, or name and country) and audited; the party's later
     * declarations no longer match that entry, other entries still do.
     */
    public synchronized Clearance clear(Account officer, String mrn, String list, String entryId, String reason) {
        if (officer.role() != Role.OFFICER) {
            throw ApiProblem.forbidden("only an officer may clear a watch-list match; you are signed in as " + officer.role().name().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badRequest("reason required", List.of(new Problem("MISSING_VALUE", "reason", "say why the match is a false positive")));
        }
        Declaration d = declaration(declarations.find(officer, mrn));
        Set<String> parties = new LinkedHashSet<>();
        for (Party p : new Party[] {d.declarant(), d.importer(), d.exporter(), d.seller(), d.buyer()}) {
            if (p == null || p.name() == null) continue;
            String country = p.address() == null || p.address().country() == null ? null : p.address().country().value();
            boolean matches = current.index().match(p.name(), country).stream()
                    .anyMatch(m -> m.entry().list().equals(list) && m.entry().entryId().equals(entryId));
            if (matches) parties.add(PartyKey.of(p));
        }
        if (parties.isEmpty()) {
            throw ApiProblem.conflict("No such match", "no party on " + mrn + " matches " + list + " entry " + entryId);
        }
        for (String party : parties) clearances.clear(officer.username(), new ScreeningClearance(party, list, entryId), mrn, reason.strip());
        current = current.withClearances(clearedSet());
        List<ScreeningMatch> remaining = current.screen(d);
        if (!remaining.isEmpty()) return new Clearance(mrn, list, entryId, List.copyOf(parties), remaining, declarations.find(officer, mrn), false);
        return switch (repository.act(mrn, officer.username(), stored -> liftHold(stored, officer.username(), list + " " + entryId + ": " + reason.strip()))) {
            case ActResult.Applied(var after) -> new Clearance(mrn, list, entryId, List.copyOf(parties), remaining, after, true);
            case ActResult.Refused(var message, var unchanged) -> new Clearance(mrn, list, entryId, List.copyOf(parties), remaining, unchanged, false);
            case ActResult.NotFound(var m) -> throw ApiProblem.notFound("no declaration " + m);
        };
    }

    /**
     * The last match cleared: a declaration still waiting for its check ({@code ASSESSED}) and held by
     * a watch-list match takes the lane the rest of its recorded assessment gives; green or blue is
     * released at once, as at lodgement. One event in its timeline and one audit entry. A declaration
     * under inspection, or already released or seized, is left as it is: the officer acts on it.
     */
    private Change liftHold(StoredDeclaration stored, String officer, String why) {
        if (stored.status() != DeclarationStatus.ASSESSED) return new Change.Refuse("not waiting for its check: " + stored.status());
        ObjectNode assessment;
        try {
            assessment = (ObjectNode) Json.MAPPER.readTree(stored.assessmentJson());
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalStateException("stored assessment of " + stored.mrn() + " no longer reads", e);
        }
        LaneDecision before = AnswerJson.readLane(assessment.path("laneDecision"));
        if (!WatchListHold.holds(before)) return new Change.Refuse("not held for a watch-list match");
        LaneDecision after = WatchListHold.lift(before, officer, why);
        assessment.set("laneDecision", AnswerJson.lane(after));
        DeclarationStatus status = Lifecycle.statusAfterAssessment(after.lane());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String detail = "re-assessed after its last watch-list match was cleared as a false positive (" + why + "): lane " + stored.lane()
                + " to " + after.lane();
        List<DeclarationEvent> events = new ArrayList<>(2);
        events.add(new DeclarationEvent(EventType.ASSESSED, now, officer, stored.status(), DeclarationStatus.ASSESSED, detail));
        if (status == DeclarationStatus.RELEASED) {
            events.add(new DeclarationEvent(EventType.RELEASED, now, "clearway", DeclarationStatus.ASSESSED, DeclarationStatus.RELEASED,
                    "released automatically: " + after.lane() + " lane"));
        }
        return new Change.Apply(status, after.lane(), null, null, assessment.toString(), events, "declaration.reassess", detail);
    }

    private Declaration declaration(StoredDeclaration stored) {
        return switch (codec.decode(stored.declarationJson().getBytes(StandardCharsets.UTF_8))) {
            case Decoded.Ok(var declaration) -> declaration;
            case Decoded.Invalid(var problems) -> throw new IllegalStateException("stored declaration " + stored.mrn() + " no longer decodes: " + problems);
        };
    }

    private WatchListIndex index() {
        List<WatchList> imported = lists.loadAll();
        if (imported.isEmpty()) return BundledIndex.INDEX;
        List<WatchList> all = new ArrayList<>(bundled);
        all.addAll(imported);
        return WatchListIndex.of(all);
    }

    /** The index of the bundled lists alone, built once per JVM: the usual case, and every test's Clearway. */
    private static final class BundledIndex {
        static final WatchListIndex INDEX = WatchListIndex.of(BundledWatchLists.load());
    }

    private Set<ScreeningClearance> clearedSet() {
        Set<ScreeningClearance> s = new HashSet<>();
        for (var c : clearances.all()) s.add(c.clearance());
        return s;
    }

    private static void requireStaff(Account who, String what) {
        if (who.role() == Role.DECLARANT) {
            throw ApiProblem.forbidden("only customs staff may " + what + "; you are signed in as a declarant");
        }
    }
}
