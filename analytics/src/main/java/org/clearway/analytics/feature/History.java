package org.clearway.analytics.feature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.Outcome;

/**
 * What past inspections say about each declarant, importer, seller, HS code, country, ...: how many
 * inspected declarations it had, how many were fraudulent, how many critically; and, per HS6 code,
 * the usual value per kg. Only outcomes that were {@link #record recorded} count, so a caller that
 * records a day only after computing that day's features can never leak the future into them.
 */
public final class History {
    /** The keys whose past is remembered, each a function of the item (pairs joined by '|'). */
    public static final List<Key> KEYS = List.of(
            new Key("declarant", ItemFacts::declarant),
            new Key("importer", ItemFacts::importer),
            new Key("seller", ItemFacts::seller),
            new Key("courier", ItemFacts::courier),
            new Key("office", ItemFacts::office),
            new Key("hs2", f -> f.hs(2)),
            new Key("hs4", f -> f.hs(4)),
            new Key("hs6", f -> f.hs(6)),
            new Key("origin", ItemFacts::originCountry),
            new Key("departure", ItemFacts::departureCountry),
            new Key("taxType", ItemFacts::taxType),
            new Key("importer_hs6", f -> pair(f.importer(), f.hs(6))),
            new Key("declarant_importer", f -> pair(f.declarant(), f.importer())),
            new Key("seller_importer", f -> pair(f.seller(), f.importer())),
            new Key("origin_hs6", f -> pair(f.originCountry(), f.hs(6))));

    public record Key(String name, Function<ItemFacts, String> of) {}

    /** Counts of one value of one key: inspected, fraudulent, critically fraudulent. */
    static final class Tally {
        int inspected, fraud, critical;
    }

    /** Log value per kg of past items of one HS6 code: count, sum, sum of squares. */
    static final class Spread {
        int n;
        double sum, sumSq;
    }

    private final Map<String, Tally>[] tallies;
    private final Map<String, Spread> valuePerKg = new HashMap<>();
    private int inspected, fraud, critical;

    @SuppressWarnings("unchecked")
    public History() {
        tallies = new Map[KEYS.size()];
        for (int i = 0; i < tallies.length; i++) tallies[i] = new HashMap<>();
    }

    private static String pair(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? "" : a + "|" + b;
    }

    /** Adds one inspected item's outcome. */
    public void record(ItemFacts item, Outcome outcome) {
        inspected++;
        if (outcome.fraud()) fraud++;
        if (outcome.critical() > 0) critical++;
        for (int k = 0; k < KEYS.size(); k++) {
            String v = KEYS.get(k).of().apply(item);
            if (v.isEmpty()) continue;
            Tally t = tallies[k].computeIfAbsent(v, x -> new Tally());
            t.inspected++;
            if (outcome.fraud()) t.fraud++;
            if (outcome.critical() > 0) t.critical++;
        }
        double lv = FeatureSchema.logValuePerKg(item);
        String hs6 = item.hs(6);
        if (!Double.isNaN(lv) && !hs6.isEmpty()) {
            Spread s = valuePerKg.computeIfAbsent(hs6, x -> new Spread());
            s.n++;
            s.sum += lv;
            s.sumSq += lv * lv;
        }
    }

    public int inspected() { return inspected; }

    /** The overall fraud rate so far (the prior the per-key rates are shrunk towards); 0 with no history. */
    public double fraudRate() { return inspected == 0 ? 0 : (double) fraud / inspected; }

    public double criticalRate() { return inspected == 0 ? 0 : (double) critical / inspected; }

    Tally tally(int key, String value) { return value.isEmpty() ? null : tallies[key].get(value); }

    Spread spread(String hs6) { return valuePerKg.get(hs6); }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(inspected); out.writeInt(fraud); out.writeInt(critical);
        out.writeInt(tallies.length);
        for (Map<String, Tally> m : tallies) {
            out.writeInt(m.size());
            for (var e : m.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().inspected); out.writeInt(e.getValue().fraud); out.writeInt(e.getValue().critical);
            }
        }
        out.writeInt(valuePerKg.size());
        for (var e : valuePerKg.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().n); out.writeDouble(e.getValue().sum); out.writeDouble(e.getValue().sumSq);
        }
    }

    static History read(DataInputStream in) throws IOException {
        History h = new History();
        h.inspected = in.readInt(); h.fraud = in.readInt(); h.critical = in.readInt();
        int keys = in.readInt();
        if (keys != KEYS.size()) throw new IOException("the model's history has " + keys + " keys; this Clearway expects " + KEYS.size());
        for (int k = 0; k < keys; k++) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String v = in.readUTF();
                Tally t = new Tally();
                t.inspected = in.readInt(); t.fraud = in.readInt(); t.critical = in.readInt();
                h.tallies[k].put(v, t);
            }
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String v = in.readUTF();
            Spread s = new Spread();
            s.n = in.readInt(); s.sum = in.readDouble(); s.sumSq = in.readDouble();
            h.valuePerKg.put(v, s);
        }
        return h;
    }
}
