package org.clearway.app.cli;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.Outcome;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.model.Trainer;
import org.clearway.analytics.model.TrainingReport;
import org.clearway.analytics.targeting.DeclarationFacts;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.model.InspectedDeclaration;
import org.clearway.store.model.InspectionOutcomesJdbc;
import org.clearway.store.model.ModelRepositoryJdbc;
import org.clearway.store.model.ModelVersion;
import org.clearway.store.model.NewModelVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = {"Retrain the targeting model from the inspection results Clearway recorded (inspected, then released = clean,",
                "seized = fraud) and store it as a new, inactive model version; activate it with POST /api/v1/models/{version}/activate."})
final class ModelRetrainCommand implements Callable<Integer> {
    /** Fewer outcomes than this cannot give a model worth activating. */
    static final int MIN_OUTCOMES = 200;

    @Mixin DatabaseOptions db;
    @Option(names = "--actor", defaultValue = "cli", description = "Who retrains, for the audit log (default ${DEFAULT-VALUE})") String actor;

    @Override
    public Integer call() throws Exception {
        try (Database database = db.openOrAttach()) {
            List<InspectedDeclaration> inspected = new InspectionOutcomesJdbc(database).all();
            DeclarationJsonCodec codec = new DeclarationJsonCodec();
            List<Labelled> rows = new ArrayList<>();
            int seized = 0;
            for (InspectedDeclaration d : inspected) {
                if (!(codec.decode(d.declarationJson().getBytes(StandardCharsets.UTF_8)) instanceof Decoded.Ok(var declaration))) continue;
                if (d.seized()) seized++;
                for (ItemFacts item : DeclarationFacts.of(declaration, d.mrn(), d.lodgedAt().atOffset(ZoneOffset.UTC).toLocalDate())) {
                    rows.add(new Labelled(item, Outcome.of(d.seized())));
                }
            }
            int released = inspected.size() - seized;
            if (inspected.size() < MIN_OUTCOMES || seized == 0 || released == 0) {
                System.err.printf("clearway model retrain: only %d inspected declarations with a result (%d released, %d seized) in the %s;"
                        + " retraining needs at least %d, with both results%n", inspected.size(), released, seized, db.describe(), MIN_OUTCOMES);
                return 1;
            }
            TargetingModel model = new Trainer().train(rows);
            TrainingReport r = model.report();
            ModelVersion v = new ModelRepositoryJdbc(database, new AuditLogJdbc(database), java.time.Clock.systemUTC()).store(actor,
                    new NewModelVersion("retrain", r.windowStart(), r.windowEnd(), r.rows(), r.frauds(), model.features(),
                            org.clearway.app.http.Json.MAPPER.writeValueAsString(r.metrics()), model.toBytes()));
            System.out.printf("model version %d stored (inactive): %d goods items of %d inspected declarations from %s to %s; held out: ROC AUC %.4f%n",
                    v.version(), r.rows(), inspected.size(), r.windowStart(), r.windowEnd(), r.holdoutAuc());
            System.out.println("activate it with POST /api/v1/models/" + v.version() + "/activate (analyst or admin)");
            return 0;
        }
    }
}
