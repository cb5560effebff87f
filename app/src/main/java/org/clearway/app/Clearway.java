package org.clearway.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.clearway.app.auth.Authenticator;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.http.Json;
import org.clearway.app.screening.ScreeningService;
import org.clearway.core.clearance.ClearancePipeline;
import org.clearway.core.reference.BundledReferenceData;
import org.clearway.core.reference.ReferenceData;
import org.clearway.app.inspection.InspectionService;
import org.clearway.app.profile.ProfileService;
import org.clearway.app.risk.LiveRiskAssessment;
import org.clearway.app.risk.ModelActivation;
import org.clearway.store.model.ModelRepositoryJdbc;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.risk.LaneAllocator;
import org.clearway.core.risk.RandomRates;
import org.clearway.core.risk.RiskAssessment;
import org.clearway.core.risk.RiskSettings;
import org.clearway.core.risk.ScoreThresholds;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.tariff.TariffDutyCalculator;
import org.clearway.core.validation.DeclarationValidator;
import org.clearway.core.validation.ValidationPolicy;
import org.clearway.store.Database;
import org.clearway.store.account.AccountRepositoryJdbc;
import org.clearway.store.account.PasswordHasher;
import org.clearway.store.account.TokenRepositoryJdbc;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.inspection.InspectionRepositoryJdbc;
import org.clearway.store.profile.DeclarationHistoryJdbc;
import org.clearway.store.profile.ProfileRepositoryJdbc;
import org.clearway.store.profile.ProfileStatisticsJdbc;
import org.clearway.store.screening.ScreeningClearanceRepositoryJdbc;
import org.clearway.store.screening.WatchListRepositoryJdbc;

/** The wiring: one database, one reference-data snapshot, the pipeline and the services built on them. */
public final class Clearway implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final Administration administration;
    private final ReferenceData reference;
    private final ClearancePipeline pipeline;
    private final AuditLogJdbc audit;
    private final AccountRepositoryJdbc accounts;
    private final PasswordHasher passwordHasher = new PasswordHasher();
    private final Authenticator authenticator;
    private final DeclarationRepositoryJdbc declarationRepository;
    private final DeclarationService declarations;
    private final LiveRiskAssessment risk;
    private final ProfileService profiles;
    private final InspectionService inspections;
    private final ModelRepositoryJdbc models;
    private volatile ModelActivation.Budget modelBudget = ModelActivation.Budget.defaults();
    private final ScreeningService screening;

    public Clearway(Database database, Administration administration, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.administration = administration;
        this.reference = BundledReferenceData.load();
        this.risk = new LiveRiskAssessment(new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, riskSettings(administration)));
        this.pipeline = pipeline(reference, administration, risk);
        this.audit = new AuditLogJdbc(database);
        this.accounts = new AccountRepositoryJdbc(database, audit, clock);
        this.authenticator = new Authenticator(accounts, new TokenRepositoryJdbc(database), passwordHasher, clock);
        this.declarationRepository = new DeclarationRepositoryJdbc(database, audit, clock);
        this.declarations = new DeclarationService(pipeline, declarationRepository, administration.country(), clock);
        this.screening = new ScreeningService(new WatchListRepositoryJdbc(database, audit, clock),
                new ScreeningClearanceRepositoryJdbc(database, audit, clock), declarations, declarationRepository, clock);
        this.profiles = new ProfileService(new ProfileRepositoryJdbc(database, audit), new ProfileStatisticsJdbc(database),
                new DeclarationHistoryJdbc(database), risk, clock);
        this.profiles.reload();
        this.inspections = new InspectionService(new InspectionRepositoryJdbc(database, audit), administration.currency(), clock);
        this.models = new ModelRepositoryJdbc(database, audit, clock);
        // watch-list matches hold declarations: the screening always reads the newest lists and clearances
        risk.useScreening(screening.partyScreening());
        refreshTargeting();
    }

    /** Puts the active model version (or none) into lane allocation; called at start and when a version is activated or rolled back. */
    public void refreshTargeting() {
        risk.useTargeting(ModelActivation.load(models, declarationRepository, modelBudget, administration.randomSeed(), clock));
    }

    /** The model's inspection budget and its exploring share; takes effect at once. */
    public void useModelBudget(ModelActivation.Budget budget) {
        this.modelBudget = budget;
        refreshTargeting();
    }

    public ModelRepositoryJdbc models() { return models; }

    /** The pure pipeline for an administration: the same one the server, the benchmark and the tests run. */
    public static ClearancePipeline pipeline(ReferenceData reference, Administration a) {
        return pipeline(reference, a, new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, riskSettings(a)));
    }

    /** Random rates from the administration (AEO holders at the administration's share of them), default score thresholds. */
    public static RiskSettings riskSettings(Administration a) {
        return new RiskSettings(new RandomRates(new org.clearway.core.risk.SelectionRates(a.randomRedRate(), a.randomYellowRate()), java.util.Map.of(), a.aeoRandomShare()), ScoreThresholds.defaults(), a.randomSeed());
    }

    public static ClearancePipeline pipeline(ReferenceData reference, Administration a, LaneAllocator lanes) {
        var validator = new DeclarationValidator(reference, new ValidationPolicy(a.invoiceTolerance(), a.currency(), a.lowValueCeiling()));
        var duties = new TariffDutyCalculator(a.tariff().tariff(), reference);
        return new ClearancePipeline(validator, duties, lanes);
    }

    public ObjectNode health() {
        ObjectNode h = Json.object();
        boolean dbUp;
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            dbUp = s.executeQuery("SELECT 1").next();
        } catch (Exception e) {
            dbUp = false;
        }
        h.put("status", dbUp ? "UP" : "DOWN");
        h.put("database", dbUp ? "UP" : "DOWN");
        h.put("embeddedDatabase", database.isEmbedded());
        h.put("administration", administration.country().value());
        h.put("currency", administration.currency().value());
        h.put("tariff", administration.tariff().tariff().settings().id());
        h.put("hsEdition", reference.hsInForceOn(LocalDate.now(clock)).edition());
        return h;
    }

    public Database database() { return database; }
    public Clock clock() { return clock; }
    public Administration administration() { return administration; }
    public ReferenceData reference() { return reference; }
    public ClearancePipeline pipeline() { return pipeline; }
    public AuditLogJdbc audit() { return audit; }
    public AccountRepositoryJdbc accounts() { return accounts; }
    public PasswordHasher passwordHasher() { return passwordHasher; }
    public Authenticator authenticator() { return authenticator; }
    public DeclarationRepositoryJdbc declarationRepository() { return declarationRepository; }
    public DeclarationService declarations() { return declarations; }
    public LiveRiskAssessment risk() { return risk; }
    public ProfileService profiles() { return profiles; }
    public InspectionService inspections() { return inspections; }
    public ScreeningService screening() { return screening; }
    /** Watch-list screening of a declaration's parties, for the lane allocation (always the newest lists and clearances). */
    public PartyScreening partyScreening() { return screening.partyScreening(); }

    @Override
    public void close() { database.close(); }

    static Duration since(long startNanos) { return Duration.ofNanos(System.nanoTime() - startNanos); }
}
