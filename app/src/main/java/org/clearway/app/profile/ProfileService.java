package org.clearway.app.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.risk.LiveRiskAssessment;
import org.clearway.core.profile.BackTest;
import org.clearway.core.profile.Compiled;
import org.clearway.core.profile.CompiledProfile;
import org.clearway.core.profile.ProfileDefinition;
import org.clearway.core.profile.ProfileLanguage;
import org.clearway.core.profile.ProfileVersion;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.profile.DeclarationHistoryJdbc;
import org.clearway.store.profile.ProfileChange;
import org.clearway.store.profile.ProfileRepositoryJdbc;
import org.clearway.store.profile.ProfileStatisticsJdbc;
import org.clearway.store.profile.StoredProfile;
import org.clearway.store.profile.StoredProfileVersion;

/**
 * Profiles at the application's edge: who may do what (analysts write, customs staff read), the
 * expression compiled before anything is stored, the four-eyes workflow in the store, and the
 * assessment's snapshot rebuilt when a version comes into force or is retired.
 */
public final class ProfileService {
    /** Most declarations one back-test reads; a longer period is cut there and the report says so. */
    public static final int MAX_BACKTEST_DECLARATIONS = 200_000;

    private final ProfileRepositoryJdbc profiles;
    private final ProfileStatisticsJdbc statistics;
    private final DeclarationHistoryJdbc history;
    private final LiveRiskAssessment risk;
    private final Clock clock;
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();

    public ProfileService(ProfileRepositoryJdbc profiles, ProfileStatisticsJdbc statistics, DeclarationHistoryJdbc history,
                          LiveRiskAssessment risk, Clock clock) {
        this.profiles = profiles;
        this.statistics = statistics;
        this.history = history;
        this.risk = risk;
        this.clock = clock;
    }

    /** Puts the versions in force into the assessment; called at start and after every approval or retirement. */
    public void reload() {
        risk.useProfiles(profiles.active().stream().map(StoredProfileVersion::asVersion).toList());
    }

    public ObjectNode create(Account who, ObjectNode body) {
        requireAnalyst(who, "create profiles");
        ProfileDefinition definition = compiled(ProfileJson.read(body));
        StoredProfile p = profiles.create(who.username(), definition, now());
        return ProfileJson.view(p, null);
    }

    public ObjectNode update(Account who, long id, ObjectNode body) {
        requireAnalyst(who, "change profiles");
        ProfileDefinition definition = compiled(ProfileJson.read(body));
        return answer(profiles.update(id, who.username(), definition, now()), false);
    }

    public ObjectNode submit(Account who, long id) {
        requireAnalyst(who, "submit profiles");
        return answer(profiles.submit(id, who.username(), now()), false);
    }

    public ObjectNode approve(Account who, long id) {
        requireAnalyst(who, "approve profiles");
        return answer(profiles.approve(id, who.username(), now()), true);
    }

    public ObjectNode retire(Account who, long id, String reason) {
        requireAnalyst(who, "retire profiles");
        return answer(profiles.retire(id, who.username(), reason, now()), true);
    }

    public ObjectNode find(Account who, long id) {
        requireStaff(who);
        StoredProfile p = profiles.find(id).orElseThrow(() -> ApiProblem.notFound("no profile " + id));
        return ProfileJson.view(p, statistics.of(id));
    }

    public List<ObjectNode> list(Account who) {
        requireStaff(who);
        return profiles.list().stream().map(p -> ProfileJson.view(p, null)).toList();
    }

    /** Runs the profile's latest version (usually the draft) over the declarations lodged in [from, to). */
    public ObjectNode backTest(Account who, long id, Instant from, Instant to) {
        requireAnalyst(who, "back-test profiles");
        if (!from.isBefore(to)) throw ApiProblem.badRequest("bad period", List.of(new Problem("INVALID_VALUE", "to", "the period's end must be after its start")));
        StoredProfile p = profiles.find(id).orElseThrow(() -> ApiProblem.notFound("no profile " + id));
        ProfileVersion version = p.latest().asVersion();
        CompiledProfile compiled = switch (ProfileLanguage.compile(version)) {
            case Compiled.Ok(var c) -> c;
            case Compiled.Refused(var errors) -> throw ProfileJson.invalid(problems(errors));
        };
        BackTest test = new BackTest(compiled);
        long[] unreadable = {0};
        boolean truncated = history.forEach(from, to, MAX_BACKTEST_DECLARATIONS, h -> {
            switch (codec.decode(h.declarationJson().getBytes(StandardCharsets.UTF_8))) {
                case Decoded.Ok(var declaration) -> test.add(h.mrn(), declaration, h.inspection());
                case Decoded.Invalid invalid -> unreadable[0]++;
            }
        });
        return ProfileJson.report(test.report(), from, to, unreadable[0], truncated);
    }

    private ObjectNode answer(ProfileChange change, boolean reload) {
        return switch (change) {
            case ProfileChange.Done(var p) -> {
                if (reload) reload();
                yield ProfileJson.view(p, null);
            }
            case ProfileChange.Refused(var message, var p) -> throw ApiProblem.conflict("Not allowed for this profile", message);
            case ProfileChange.NotFound(var id) -> throw ApiProblem.notFound("no profile " + id);
        };
    }

    /** Refuses a definition whose expression does not compile, with every error's line and column. */
    private static ProfileDefinition compiled(ProfileDefinition d) {
        if (ProfileLanguage.compile(new ProfileVersion(0, 1, d)) instanceof Compiled.Refused(var errors)) {
            throw ProfileJson.invalid(problems(errors));
        }
        return d;
    }

    private static List<Problem> problems(List<org.clearway.core.profile.ExpressionError> errors) {
        List<Problem> out = new ArrayList<>();
        for (var e : errors) out.add(new Problem("PROFILE_EXPRESSION_INVALID", "expression", e.toString()));
        return out;
    }

    private static void requireAnalyst(Account who, String what) {
        if (who.role() != Role.ANALYST) {
            throw ApiProblem.forbidden("only an analyst may " + what + "; you are signed in as " + who.role().name().toLowerCase());
        }
    }

    private static void requireStaff(Account who) {
        if (who.role() == Role.DECLARANT) throw ApiProblem.forbidden("profiles are seen by customs staff only");
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MICROS); }
}
