package org.clearway.app.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clearway.app.Clearway;
import org.clearway.app.http.Json;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.DeclarationQuery;

/**
 * The demo accounts and sample declarations of {@code serve --demo}. Each demo account's password is
 * its own name: for trying Clearway only, never for real data. Idempotent: what exists is kept.
 */
public final class DemoData {
    public record DemoAccount(String username, Role role, String partyId, String displayName) {}

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("trader1", Role.DECLARANT, "GB100000000001", "Northwind Imports Ltd"),
            new DemoAccount("trader2", Role.DECLARANT, "NL200000000002", "Tulip Trading BV"),
            new DemoAccount("officer1", Role.OFFICER, null, "Officer One"),
            new DemoAccount("analyst1", Role.ANALYST, null, "Analyst One"),
            new DemoAccount("analyst2", Role.ANALYST, null, "Analyst Two"),
            new DemoAccount("admin", Role.ADMIN, null, "Administrator"));

    /** How many sample declarations of each kind; with the default random rates some land in yellow and red. */
    static final int IMPORTS_PER_TRADER = 12;
    static final int EXPORTS = 6;
    static final int LOW_VALUE = 10;

    public record Summary(int accountsCreated, int declarationsLodged) {
        @Override public String toString() {
            return accountsCreated + " account(s) created, " + declarationsLodged + " sample declaration(s) lodged";
        }
    }

    private final Clearway app;

    public DemoData(Clearway app) { this.app = app; }

    public Summary ensure() {
        int created = 0;
        for (DemoAccount a : ACCOUNTS) {
            if (!app.accounts().exists(a.username())) {
                app.accounts().create("demo", a.username(), a.role(), a.partyId(), a.displayName(), app.passwordHasher().hash(a.username()));
                created++;
            }
        }
        int lodged = 0;
        if (app.declarationRepository().list(DeclarationQuery.all().withPage(1, 0)).total() == 0) {
            Account trader1 = app.accounts().find("trader1").orElseThrow();
            Account trader2 = app.accounts().find("trader2").orElseThrow();
            for (int i = 1; i <= IMPORTS_PER_TRADER; i++) {
                lodged += lodge(trader1, withValuationCosts(example("import-valid.json")), "DEMO-IMP-%03d".formatted(i));
                lodged += lodge(trader2, withValuationCosts(asTrader2(example("import-valid.json"))), "TT-IMP-%03d".formatted(i));
            }
            for (int i = 1; i <= EXPORTS; i++) lodged += lodge(trader1, example("export-valid.json"), "DEMO-EXP-%03d".formatted(i));
            for (int i = 1; i <= LOW_VALUE; i++) lodged += lodge(trader1, example("lowvalue-valid.json"), "DEMO-LV-%03d".formatted(i));
            lodged += DemoInspections.record(app, trader1, app.accounts().find("officer1").orElseThrow());
        }
        return new Summary(created, lodged);
    }

    private int lodge(Account who, ObjectNode declaration, String lrn) {
        declaration.put("lrn", lrn);
        try {
            return app.declarations().lodge(who, Json.MAPPER.writeValueAsBytes(declaration)).created() ? 1 : 0;
        } catch (org.clearway.app.http.ApiProblem p) {
            // Another tariff (serve --tariff) may refuse a sample, e.g. a FOB import on a CIF basis without freight:
            // say why and go on, rather than stop the server.
            if (p.status() != 422) throw p;
            System.out.println("Clearway: demo: " + lrn + " refused under this tariff: " + p.problems().getFirst().code()
                    + " (" + p.problems().getFirst().message() + ")");
            return 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sample imports are invoiced FOB Shanghai: a CIF administration (serve --tariff sample-eu) adds
     * the sea freight and insurance to Felixstowe, so the demo declares them (a part-container of
     * 375 kg gross, insurance about 0.4 % of the invoice). Tariffs on other bases ignore them.
     */
    static ObjectNode withValuationCosts(ObjectNode declaration) {
        ObjectNode costs = declaration.putObject("valuationCosts");
        costs.putObject("freight").put("amount", "850.00").put("currency", "USD");
        costs.putObject("insurance").put("amount", "65.00").put("currency", "USD");
        return declaration;
    }

    private static ObjectNode asTrader2(ObjectNode declaration) {
        ObjectNode declarant = (ObjectNode) declaration.get("declarant");
        declarant.put("id", "NL200000000002").put("name", "Tulip Trading BV");
        declarant.putObject("address").put("street", "Waalhaven 12").put("city", "Rotterdam").put("postcode", "3089 JH").put("country", "NL");
        return declaration;
    }

    /** A bundled example declaration (the same files as examples/declarations in the repository). */
    public static ObjectNode example(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/examples/declarations/" + name)) {
            if (in == null) throw new IllegalStateException("example " + name + " is missing from the jar");
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
