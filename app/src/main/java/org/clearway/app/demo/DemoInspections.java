package org.clearway.app.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clearway.app.Clearway;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.http.Json;
import org.clearway.app.inspection.InspectionService;
import org.clearway.core.risk.Lane;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.profile.ProfileSnapshot;
import org.clearway.core.risk.RiskAssessment;
import org.clearway.store.account.Account;
import org.clearway.store.declaration.DeclarationRepositoryJdbc;
import org.clearway.store.declaration.StoredDeclaration;
import org.clearway.store.inspection.InspectionRepositoryJdbc;

/**
 * Three weeks of past checks for {@code serve --demo}, so that the dashboard's inspection rate, hit
 * rate, revenue and release-time charts have something to show. Each past day trader1 lodges a few
 * imports through the real services on a clock set back to that day, with random selection at
 * {@link #RED} and {@link #YELLOW} (far above the administration's rates, so that checks happen; no
 * profiles or watch lists, which are the analysts' to add). The officer starts each check a while
 * later, records its result (mostly clean, some discrepancies with their revenue adjustment, some
 * seizures) and releases or seizes the goods. Yesterday's held declarations are left in the queue.
 */
final class DemoInspections {
    static final int DAYS = 21;
    static final int PER_DAY = 3;
    static final double RED = 0.2;
    static final double YELLOW = 0.25;

    /** A clock the history moves by hand: every service below reads the time from it. */
    private static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant start) { this.now = start; }

        void set(Instant at) { now = at; }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    private DemoInspections() {}

    /** Lodges and works the past days; answers how many declarations were lodged. */
    static int record(Clearway app, Account trader, Account officer) {
        LocalDate today = LocalDate.now(app.clock().withZone(ZoneOffset.UTC));
        SetClock clock = new SetClock(app.clock().instant());
        var administration = app.administration().withRandomRates(RED, YELLOW, app.administration().randomSeed()).withAeoRandomShare(1.0);
        var risk = new RiskAssessment(ProfileSnapshot.EMPTY, PartyScreening.NONE, Clearway.riskSettings(administration));
        var declarations = new DeclarationService(Clearway.pipeline(app.reference(), administration, risk),
                new DeclarationRepositoryJdbc(app.database(), app.audit(), clock), administration.country(), clock);
        var inspections = new InspectionService(new InspectionRepositoryJdbc(app.database(), app.audit()), administration.currency(), clock);
        int lodged = 0, checked = 0;
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            for (int k = 0; k < PER_DAY; k++) {
                int n = (DAYS - daysAgo) * PER_DAY + k;
                Instant lodgedAt = day.atTime(8 + 3 * k, 10 * (n % 5)).toInstant(ZoneOffset.UTC);
                clock.set(lodgedAt);
                StoredDeclaration d = lodge(declarations, trader, day, "DEMO-HIST-%03d".formatted(n + 1));
                // every one is the same sample: if this tariff refuses one, it refuses them all
                if (d == null) return lodged;
                lodged++;
                // yesterday's checks are still waiting: they stay in the officer's queue
                if (daysAgo == 1 || (d.lane() != Lane.RED && d.lane() != Lane.YELLOW)) continue;
                work(clock, declarations, inspections, officer, d, lodgedAt, checked++);
            }
        }
        return lodged;
    }

    /** The officer's day with one held declaration: the check starts, its result is recorded, the goods are released or seized. */
    private static void work(SetClock clock, DeclarationService declarations, InspectionService inspections, Account officer, StoredDeclaration d, Instant lodgedAt, int i) {
        boolean red = d.lane() == Lane.RED;
        // a documentary check starts sooner and takes less time than a physical one
        Duration wait = Duration.ofMinutes((red ? 150 : 40) + 25L * (i % 4));
        Duration check = Duration.ofMinutes((red ? 120 : 30) + 15L * (i % 3));
        Instant start = lodgedAt.plus(wait), result = start.plus(check), end = result.plus(Duration.ofMinutes(20 + 5L * (i % 2)));
        clock.set(start);
        declarations.startInspection(officer, d.mrn());
        ObjectNode body = Json.object();
        // seven checks in a row: four clean, two discrepancies with extra duty and VAT, one seizure
        switch (i % 7) {
            case 0, 5 -> body.put("outcome", "DISCREPANCY").put("revenueAdjustment", String.format(java.util.Locale.ROOT, "%d.50", 180 + 95 * (i % 6)))
                    .put("note", i % 2 == 0 ? "laptops undervalued against the price list" : "wrong commodity code, higher duty rate");
            case 3 -> body.put("outcome", "SEIZURE").put("goodsCategory", "counterfeit chargers").put("quantity", String.valueOf(20 + 10 * (i % 4)))
                    .put("unit", "NAR").put("note", "CE marks forged");
            default -> body.put("outcome", "NO_DISCREPANCY").put("note", "goods as declared");
        }
        clock.set(result);
        inspections.record(officer, d.mrn(), body);
        clock.set(end);
        if (body.path("outcome").asText().equals("SEIZURE")) declarations.seize(officer, d.mrn(), "counterfeit goods found at the check");
        else declarations.release(officer, d.mrn(), "released after the check");
    }

    private static StoredDeclaration lodge(DeclarationService declarations, Account trader, LocalDate day, String lrn) {
        ObjectNode declaration = DemoData.example("import-valid.json");
        declaration.put("lrn", lrn);
        ((ObjectNode) declaration.get("invoice")).put("date", day.minusDays(12).toString());
        ((ObjectNode) declaration.get("transport")).put("arrivalDate", day.toString());
        try {
            return declarations.lodge(trader, Json.MAPPER.writeValueAsBytes(declaration)).declaration();
        } catch (ApiProblem p) {
            // another tariff (serve --tariff) may refuse the sample: say so once and go on without the history
            if (p.status() != 422) throw p;
            System.out.println("Clearway: demo: no past checks, as this tariff refuses the sample import " + lrn + ": " + p.problems().getFirst().message());
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
