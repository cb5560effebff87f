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
import org.clearway.core.risk.RandomSelection;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.tariff.FlatRateDutyCalculator;
import org.clearway.core.validation.DeclarationValidator;
import org.clearway.core.validation.ValidationPolicy;
import org.clearway.store.Database;
import org.clearway.store.account.AccountRepositoryJdbc;
import org.clearway.store.account.PasswordHasher;
import org.clearway.store.account.TokenRepositoryJdbc;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
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
    private final ScreeningService screening;

    public Clearway(Database database, Administration administration, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.administration = administration;
        this.reference = BundledReferenceData.load();
        this.pipeline = pipeline(reference, administration);
        this.audit = new AuditLogJdbc(database);
        this.accounts = new AccountRepositoryJdbc(database, audit, clock);
        this.authenticator = new Authenticator(accounts, new TokenRepositoryJdbc(database), passwordHasher, clock);
        this.declarationRepository = new DeclarationRepositoryJdbc(database, audit, clock);
        this.declarations = new DeclarationService(pipeline, declarationRepository, administration.country(), clock);
        this.screening = new ScreeningService(new WatchListRepositoryJdbc(database, audit, clock),
                new ScreeningClearanceRepositoryJdbc(database, audit, clock), declarations);
    }

    /** The pure pipeline for an administration: the same one the server, the benchmark and the tests run. */
    public static ClearancePipeline pipeline(ReferenceData reference, Administration a) {
        var validator = new DeclarationValidator(reference, new ValidationPolicy(a.invoiceTolerance(), a.currency(), a.lowValueCeiling()));
        var duties = new FlatRateDutyCalculator(reference, a.currency(), a.dutyRate(), a.vatRate(), a.lowValueCeiling());
        var lanes = new RandomSelection(a.randomRedRate(), a.randomYellowRate(), a.randomSeed());
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
    public ScreeningService screening() { return screening; }
    /** Watch-list screening of a declaration's parties, for the lane allocation (always the newest lists and clearances). */
    public PartyScreening partyScreening() { return screening.partyScreening(); }

    @Override
    public void close() { database.close(); }

    static Duration since(long startNanos) { return Duration.ofNanos(System.nanoTime() - startNanos); }
}
