package org.clearway.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.screening.ScreeningEvaluation;
import org.clearway.core.screening.WatchList;

/**
 * The parties of the risk benchmark's declarations (declarant, importer, exporter, seller, buyer),
 * with real-looking names that are on no list (the generator {@code screen --evaluate} uses) and,
 * on one declaration in 200, an exporter named with a variant of a listed name (a typo, swapped
 * words, an initial, another transliteration, a legal form, an alias).
 *
 * <p>{@link Mix#REPEATING}: as real traffic, the same traders and suppliers come back: 2,000 UK
 * traders (the declarant; the importer is the declarant on 4 declarations in 5, the buyer the
 * importer on 9 in 10, else another trader) and 6,000 foreign suppliers (the exporter; the seller is
 * the exporter on 17 in 20, else another supplier). {@link Mix#ALL_DISTINCT}: every party of every
 * declaration has a name no other party has, so no per-party cache can help.
 */
public final class BenchParties {
    public enum Mix { REPEATING, ALL_DISTINCT }

    static final int SUPPLIERS = 6_000;
    /** One declaration in this many has an exporter named with a variant of a listed name. */
    static final int LISTED_EVERY = 200;

    private final Mix mix;
    private final List<String> names;
    private final List<String> listed;
    private final String[] supplierCountries = new String[SUPPLIERS];

    private BenchParties(Mix mix, List<String> names, List<String> listed) {
        this.mix = mix;
        this.names = names;
        this.listed = listed;
        Random r = new Random(SUPPLIERS);
        for (int i = 0; i < SUPPLIERS; i++) supplierCountries[i] = RiskBench.origin(r);
    }

    public Mix mix() { return mix; }

    /**
     * Names drawn from the evaluation's generator for {@code lists}; with no lists, numbered plain
     * names ("Trader 12") and no listed variants.
     */
    public static BenchParties generated(List<WatchList> lists, Mix mix, int declarations, long seed) {
        int needed = mix == Mix.REPEATING ? RiskBench.TRADER_COUNT + SUPPLIERS : declarations * 5;
        if (lists.isEmpty()) {
            List<String> plain = new ArrayList<>(needed);
            for (int i = 0; i < needed; i++) plain.add("Trader " + i);
            return new BenchParties(mix, plain, List.of());
        }
        List<String> names = ScreeningEvaluation.unlistedNames(lists, needed, seed);
        if (names.size() < needed) throw new IllegalStateException("the name generator gave " + names.size() + " distinct names, " + needed + " needed");
        List<String> listed = ScreeningEvaluation.variants(lists, declarations / LISTED_EVERY + 1, seed).stream()
                .map(ScreeningEvaluation.Variant::text).toList();
        return new BenchParties(mix, names, listed);
    }

    /** The five parties of declaration {@code n}: declarant, importer, exporter, seller, buyer. */
    Party[] of(int n, int trader, String traderId, String exportCountry, Random r) {
        Address uk = new Address("1 Dock Road", "Felixstowe", "IP11", new CountryCode("GB"));
        Address abroad = new Address("8 Harbour Street", "Port", "1", new CountryCode(exportCountry));
        Party[] p = new Party[5];
        if (mix == Mix.ALL_DISTINCT) {
            int base = n * 5;
            p[0] = new Party(new PartyId(traderId), names.get(base), uk);
            p[1] = new Party(null, names.get(base + 1), uk);
            p[2] = new Party(null, names.get(base + 2), abroad);
            p[3] = new Party(null, names.get(base + 3), abroad);
            p[4] = new Party(null, names.get(base + 4), uk);
        } else {
            p[0] = new Party(new PartyId(traderId), names.get(trader), uk);
            p[1] = r.nextInt(5) < 4 ? p[0] : traderParty(r.nextInt(RiskBench.TRADER_COUNT), uk);
            int supplier = r.nextInt(SUPPLIERS);
            p[2] = new Party(null, names.get(RiskBench.TRADER_COUNT + supplier), new Address("8 Harbour Street", "Port", "1",
                    new CountryCode(supplierCountry(supplier, exportCountry))));
            p[3] = r.nextInt(20) < 17 ? p[2] : new Party(null, names.get(RiskBench.TRADER_COUNT + r.nextInt(SUPPLIERS)), abroad);
            p[4] = r.nextInt(10) < 9 ? p[1] : traderParty(r.nextInt(RiskBench.TRADER_COUNT), uk);
        }
        if (!listed.isEmpty() && n % LISTED_EVERY == LISTED_EVERY / 2) {
            p[2] = new Party(null, listed.get((n / LISTED_EVERY) % listed.size()), abroad);
        }
        return p;
    }

    private Party traderParty(int trader, Address uk) {
        return new Party(new PartyId(String.format("GB%012d", trader)), names.get(trader), uk);
    }

    /** A supplier always writes from the same country, drawn once per supplier from the origins' skewed mix. */
    private String supplierCountry(int supplier, String drawn) {
        return supplierCountries[supplier];
    }
}
