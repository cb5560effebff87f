package org.clearway.app.clearance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearway.app.http.ApiProblem;
import org.clearway.core.clearance.Checked;
import org.clearway.core.clearance.ClearancePipeline;
import org.clearway.core.clearance.Decision;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.lifecycle.DeclarationEvent;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.lifecycle.EventType;
import org.clearway.core.lifecycle.LodgementSteps;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.lifecycle.Transition;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.AnswerJson;
import org.clearway.formats.json.AnswerJsonWriter;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.store.Page;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.ActResult;
import org.clearway.store.declaration.Change;
import org.clearway.store.declaration.DeclarationQuery;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.declaration.Lodgement;
import org.clearway.store.declaration.LrnAlreadyUsed;
import org.clearway.store.declaration.NewDeclaration;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * The journey of a declaration at the application's edge: decode, check who may do what, run the
 * pure pipeline, store the outcome in one transaction. Answers go out only after the commit.
 */
public final class DeclarationService {
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();
    private final ClearancePipeline pipeline;
    private final DeclarationRepositoryJdbc declarations;
    private final CountryCode mrnCountry;
    private final Clock clock;

    /** A lodgement's answer: the declaration as stored, and whether this request created it (false for a replay). */
    public record Lodged(StoredDeclaration declaration, boolean created) {}

    public DeclarationService(ClearancePipeline pipeline, DeclarationRepositoryJdbc declarations, CountryCode mrnCountry, Clock clock) {
        this.pipeline = pipeline;
        this.declarations = declarations;
        this.mrnCountry = mrnCountry;
        this.clock = clock;
    }

    /** A declarant lodges a declaration. The same content under the same LRN answers with the same MRN. */
    public Lodged lodge(Account who, byte[] body) {
        requireRole(who, Role.DECLARANT, "lodge declarations");
        return lodge(who, codec.decode(body));
    }

    /**
     * A declarant lodges a declaration decoded from any accepted format. The content hash is that of
     * the declaration, not of its bytes: the same content sent as JSON or as XML is the same lodgement.
     */
    public Lodged lodge(Account who, Decoded decoded) {
        requireRole(who, Role.DECLARANT, "lodge declarations");
        Declaration declaration = unwrap(decoded);
        requireOwnDeclarant(who, declaration);
        String hash = codec.contentHash(declaration);
        // A replay of what was accepted answers as before, even if the rules changed since; otherwise
        // the problems of the content come before any LRN conflict, as they are what the trader must fix.
        Optional<StoredDeclaration> existing = declarations.findByLrn(declaration.declarant().id().value(), declaration.lrn().value());
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) return new Lodged(existing.get(), false);
        Instant now = now();
        Checked.Acceptable acceptable = check(declaration, now);
        if (existing.isPresent()) throw conflict(declaration);
        String json = new String(codec.encode(declaration), java.nio.charset.StandardCharsets.UTF_8);
        var lodgement = new NewDeclaration(who.username(), declaration.declarant().id().value(), declaration.lrn().value(),
                declaration.type(), hash, json, who.username(), now);
        try {
            StoredDeclaration stored = declarations.lodge(lodgement, sequence -> {
                Mrn mrn = Mrn.of(LocalDate.ofInstant(now, clock.getZone()).getYear(), mrnCountry.value(), sequence);
                Decision decision = pipeline.decide(acceptable, mrn);
                return lodgement(mrn, who.username(), now, decision);
            });
            return new Lodged(stored, true);
        } catch (LrnAlreadyUsed raced) {
            // Another request with the same LRN committed first: answer as if this one were the replay.
            return replayOf(declaration, hash).orElseThrow(() -> conflict(declaration));
        }
    }

    /** The declaration, if this account may see it; a declarant asking for another's MRN gets 404, as if it did not exist. */
    public StoredDeclaration find(Account who, String mrn) {
        return declarations.find(mrn)
                .filter(d -> maySee(who, d))
                .orElseThrow(() -> ApiProblem.notFound("no declaration " + mrn));
    }

    public Page<StoredDeclaration> list(Account who, DeclarationQuery query) {
        return declarations.list(who.role() == Role.DECLARANT ? query.withOwner(who.username()) : query);
    }

    public List<DeclarationEvent> events(Account who, String mrn) {
        find(who, mrn);
        return declarations.events(mrn);
    }

    /** The declarant replaces the declaration's content before its check starts; it is validated and assessed again. */
    public StoredDeclaration amend(Account who, String mrn, byte[] body) {
        requireRole(who, Role.DECLARANT, "amend declarations");
        StoredDeclaration current = find(who, mrn);
        Declaration amended = decode(body);
        List<Problem> identity = new ArrayList<>();
        if (amended.lrn() != null && !amended.lrn().value().equals(current.lrn())) {
            identity.add(new Problem("AMENDMENT_CHANGES_LRN", "lrn", "an amendment keeps the LRN " + current.lrn() + "; lodge a new declaration for a new LRN"));
        }
        if (amended.declarant() != null && amended.declarant().id() != null && !amended.declarant().id().value().equals(current.declarantId())) {
            identity.add(new Problem("AMENDMENT_CHANGES_DECLARANT", "declarant.id", "an amendment keeps the declarant " + current.declarantId()));
        }
        if (amended.type() != null && amended.type() != current.type()) {
            identity.add(new Problem("AMENDMENT_CHANGES_TYPE", "type", "an amendment keeps the type " + current.type() + "; lodge a new declaration for another type"));
        }
        if (!identity.isEmpty()) throw ApiProblem.invalidDeclaration(identity);
        Instant now = now();
        Checked.Acceptable acceptable = check(amended, now);
        String json = new String(codec.encode(amended), java.nio.charset.StandardCharsets.UTF_8);
        String hash = codec.contentHash(amended);
        return act(who, mrn, stored -> switch (Lifecycle.amend(stored.status())) {
            case Transition.Refused r -> new Change.Refuse(r.message());
            case Transition.Moved m -> {
                Decision decision = pipeline.decide(acceptable, new Mrn(stored.mrn()));
                List<DeclarationEvent> events = new ArrayList<>();
                events.add(new DeclarationEvent(EventType.AMENDED, now, who.username(), stored.status(), m.to(), "amended by the declarant; validated again with no problems"));
                addAssessmentEvents(events, now, m.to(), decision);
                yield new Change.Apply(decision.status(), decision.lane().lane(), json, hash, assessmentJson(decision),
                        events, "declaration.amend", "version " + (stored.version() + 1) + ", lane " + decision.lane().lane());
            }
        });
    }

    /** The declarant withdraws the declaration before its check starts. */
    public StoredDeclaration invalidate(Account who, String mrn, String reason) {
        requireRole(who, Role.DECLARANT, "invalidate declarations");
        find(who, mrn);
        return simpleMove(who, mrn, Lifecycle::invalidate, "declaration.invalidate", "invalidated by the declarant: " + reason);
    }

    public StoredDeclaration startInspection(Account officer, String mrn) {
        requireRole(officer, Role.OFFICER, "start inspections");
        return simpleMove(officer, mrn, Lifecycle::startInspection, "declaration.inspection-start", "check started by " + officer.username());
    }

    public StoredDeclaration release(Account officer, String mrn, String note) {
        requireRole(officer, Role.OFFICER, "release goods");
        return simpleMove(officer, mrn, Lifecycle::release, "declaration.release",
                "released by " + officer.username() + (note == null || note.isBlank() ? "" : ": " + note));
    }

    public StoredDeclaration seize(Account officer, String mrn, String reason) {
        requireRole(officer, Role.OFFICER, "seize goods");
        return simpleMove(officer, mrn, Lifecycle::seize, "declaration.seize", "seized by " + officer.username() + ": " + reason);
    }

    /** An officer moves the declaration to another lane; the reason joins the lane's reasons. */
    public StoredDeclaration reroute(Account officer, String mrn, Lane lane, String reason) {
        requireRole(officer, Role.OFFICER, "re-route declarations");
        Instant now = now();
        return act(officer, mrn, stored -> switch (Lifecycle.reroute(stored.status())) {
            case Transition.Refused r -> new Change.Refuse(r.message());
            case Transition.Moved m -> {
                ObjectNode assessment = (ObjectNode) DeclarationView.parse(stored.assessmentJson());
                LaneDecision before = AnswerJson.readLane(assessment.path("laneDecision"));
                List<Reason> reasons = new ArrayList<>(before.reasons());
                reasons.add(new Reason("OFFICER_REROUTE", lane, "re-routed from " + stored.lane() + " to " + lane + " by " + officer.username() + ": " + reason));
                assessment.set("laneDecision", AnswerJson.lane(new LaneDecision(lane, reasons)));
                String detail = "re-routed from " + stored.lane() + " to " + lane + ": " + reason;
                yield new Change.Apply(m.to(), lane, null, null, assessment.toString(),
                        List.of(new DeclarationEvent(m.event(), now, officer.username(), stored.status(), m.to(), detail)),
                        "declaration.reroute", detail);
            }
        });
    }

    private StoredDeclaration simpleMove(Account who, String mrn, java.util.function.Function<DeclarationStatus, Transition> rule,
                                         String auditAction, String detail) {
        Instant now = now();
        return act(who, mrn, stored -> switch (rule.apply(stored.status())) {
            case Transition.Refused r -> new Change.Refuse(r.message());
            case Transition.Moved m -> new Change.Apply(m.to(), null, null, null, null,
                    List.of(new DeclarationEvent(m.event(), now, who.username(), stored.status(), m.to(), detail)), auditAction, detail);
        });
    }

    private StoredDeclaration act(Account who, String mrn, java.util.function.Function<StoredDeclaration, Change> change) {
        return switch (declarations.act(mrn, who.username(), change)) {
            case ActResult.Applied(var d) -> d;
            case ActResult.Refused(var message, var current) -> throw ApiProblem.conflict("Not allowed in the current status", message);
            case ActResult.NotFound(var m) -> throw ApiProblem.notFound("no declaration " + m);
        };
    }

    private Declaration decode(byte[] body) {
        return unwrap(codec.decode(body));
    }

    private static Declaration unwrap(Decoded decoded) {
        return switch (decoded) {
            case Decoded.Ok(var declaration) -> declaration;
            case Decoded.Invalid(var problems) -> throw ApiProblem.badRequest("the declaration could not be read; nothing was stored", problems);
        };
    }

    private Checked.Acceptable check(Declaration declaration, Instant now) {
        return switch (pipeline.check(declaration, LocalDate.ofInstant(now, clock.getZone()))) {
            case Checked.Rejected(var problems) -> throw ApiProblem.invalidDeclaration(problems);
            case Checked.Acceptable a -> a;
        };
    }

    private void requireOwnDeclarant(Account who, Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        if (declaration.lrn() == null) problems.add(new Problem("REQUIRED_ELEMENT_MISSING", "lrn", "the LRN (your reference for this declaration) is required"));
        if (declaration.declarant() == null || declaration.declarant().id() == null) {
            problems.add(new Problem("REQUIRED_ELEMENT_MISSING", "declarant.id", "the declarant's party id is required"));
        } else if (!declaration.declarant().id().value().equals(who.partyId())) {
            throw new ApiProblem(403, "urn:clearway:problem:forbidden", "Not your declarant id",
                    "account " + who.username() + " may lodge only as declarant " + who.partyId(),
                    List.of(new Problem("DECLARANT_NOT_AUTHORISED", "declarant.id",
                            "you are signed in for party " + who.partyId() + " and cannot declare as " + declaration.declarant().id())));
        }
        if (!problems.isEmpty()) throw ApiProblem.invalidDeclaration(problems);
    }

    private Optional<Lodged> replayOf(Declaration declaration, String hash) {
        return declarations.findByLrn(declaration.declarant().id().value(), declaration.lrn().value()).map(existing -> {
            if (!existing.contentHash().equals(hash)) throw conflict(declaration);
            return new Lodged(existing, false);
        });
    }

    private static ApiProblem conflict(Declaration declaration) {
        return ApiProblem.conflict("LRN already used",
                "LRN " + declaration.lrn() + " of declarant " + declaration.declarant().id()
                        + " was already lodged with different content; use a new LRN, or amend the existing declaration");
    }

    /** The assessment as stored: streamed, no tree (a bulk import writes one per consignment); the tree writer's text. */
    static String assessmentJson(Decision decision) {
        return AnswerJsonWriter.assessment(decision.amountsDue(), decision.lane());
    }

    /**
     * What is stored of a declaration lodged with this decision: its assessment and the lodgement's
     * steps, whose ASSESSED detail is the one derived from that assessment (so the row keeps it as '';
     * AssessmentRecordTest holds the two to agreeing).
     */
    static Lodgement lodgement(Mrn mrn, String actor, Instant now, Decision decision) {
        return new Lodgement(mrn.value(), decision.lane().lane(), assessmentJson(decision), lodgementSteps(actor, now, decision), true);
    }

    /** The steps of a lodgement: submitted, assessed and, for a lane released at once, released. */
    static LodgementSteps lodgementSteps(String actor, Instant now, Decision decision) {
        return LodgementSteps.of(now, actor, decision.lane(), decision.amountsDue().total());
    }

    /** ASSESSED, and RELEASED for a lane released at once: an amendment assessed again. */
    private static void addAssessmentEvents(List<DeclarationEvent> events, Instant now, DeclarationStatus from, Decision decision) {
        Lane lane = decision.lane().lane();
        events.add(new DeclarationEvent(EventType.ASSESSED, now, LodgementSteps.SYSTEM, from, DeclarationStatus.ASSESSED,
                LodgementSteps.assessedDetail(decision.lane(), decision.amountsDue().total())));
        if (decision.status() == DeclarationStatus.RELEASED) events.add(LodgementSteps.released(now, DeclarationStatus.ASSESSED, lane));
    }

    private static boolean maySee(Account who, StoredDeclaration d) {
        return who.role() != Role.DECLARANT || d.owner().equals(who.username());
    }

    private static void requireRole(Account who, Role role, String what) {
        if (who.role() != role) {
            throw ApiProblem.forbidden("only a " + role.name().toLowerCase() + " may " + what + "; you are signed in as " + who.role().name().toLowerCase());
        }
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MICROS); }
}
