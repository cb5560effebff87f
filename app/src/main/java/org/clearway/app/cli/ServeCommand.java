package org.clearway.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.demo.DemoData;
import org.clearway.app.http.ApiServer;
import org.clearway.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Clearway server (HTTP API) on the embedded PostgreSQL or an external one.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on; 0.0.0.0 for all interfaces. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--demo", description = "Create the demo accounts (see README) and sample declarations if they are missing.")
    boolean demo;

    @Option(names = "--random-red-rate", defaultValue = "0.02", description = "Share of declarations sent to the red lane at random (compliance measurement). Default: ${DEFAULT-VALUE}")
    double redRate;

    @Option(names = "--random-yellow-rate", defaultValue = "0.05", description = "Share sent to the yellow lane at random. Default: ${DEFAULT-VALUE}")
    double yellowRate;

    @Option(names = "--random-aeo-share", defaultValue = "0.25", description = "Share of the random rates that applies to AEO holders (1 = like everyone). Default: ${DEFAULT-VALUE}")
    double aeoShare;

    @Option(names = "--random-seed", defaultValue = "20261128", description = "Seed of the random selection (draws are reproducible per MRN). Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--tariff", defaultValue = org.clearway.core.tariff.Tariffs.DEFAULT,
            description = "The national tariff and fiscal settings: gb-provisional, us-hts-2024, sample-eu, or a directory in the neutral format (docs/tariff.md). Default: ${DEFAULT-VALUE}")
    String tariff;

    @Option(names = "--model-budget", defaultValue = "5", description = "Share of declarations (percent) the active targeting model may send to the red lane. Default: ${DEFAULT-VALUE}")
    double modelBudget;

    @Option(names = "--model-explore", defaultValue = "0.1", description = "Share of the model's budget spent exploring (declarations chosen at random to keep outcomes unbiased). Default: ${DEFAULT-VALUE}")
    double modelExplore;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Administration administration = Administration.forTariff(org.clearway.app.tariff.TariffChoice.load(tariff)).withRandomRates(redRate, yellowRate, seed).withAeoRandomShare(aeoShare);
        System.out.println("Clearway: starting " + db.describe() + " ...");
        Database database = db.open();
        System.out.printf("Clearway: database ready in %d ms%n", database.startTime().toMillis());
        Clearway app = new Clearway(database, administration, Clock.systemUTC());
        app.useModelBudget(new org.clearway.app.risk.ModelActivation.Budget(modelBudget, modelExplore));
        if (demo) {
            DemoData.Summary summary = new DemoData(app).ensure();
            System.out.println("Clearway: demo data: " + summary);
        }
        ApiServer server = ApiServer.start(app, host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Clearway: stopping ...");
            server.close();
            app.close();
            stopped.countDown();
        }));
        System.out.printf("Clearway: listening on http://%s:%d (started in %d ms). API: /api/v1, health: /api/health, OpenAPI: /api/openapi.json. Ctrl-C stops.%n",
                host, server.port(), (System.nanoTime() - start) / 1_000_000);
        stopped.await();
        return 0;
    }
}
