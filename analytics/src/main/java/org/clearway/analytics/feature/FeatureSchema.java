package org.clearway.analytics.feature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clearway.analytics.ItemFacts;

/**
 * The features of one declared item, in a fixed order, computed from the item itself and from a
 * {@link History} of earlier inspections; the same code serves training and live scoring.
 * For each remembered key (importer, seller, HS code, importer and HS code together, ...): the
 * number of past inspections (log), the fraud rate and the critical-fraud rate, each shrunk towards
 * the overall rate so that a trader seen once does not get a rate of 0 or 1.
 */
public final class FeatureSchema {
    /** Weight of the overall rate in a smoothed rate, in pseudo-inspections. */
    static final double SMOOTHING = 5.0;

    public static final List<String> NAMES;
    public static final int SIZE;

    static {
        List<String> names = new ArrayList<>();
        for (Vocabulary.Column c : Vocabulary.COLUMNS) names.add(c.name());
        names.addAll(List.of("hs2", "hs4", "hs6", "taxRate", "logNetMass", "logItemPrice", "logValuePerKg",
                "originIsDeparture", "hasCourier", "valuePerKgVsHs6"));
        for (History.Key k : History.KEYS) {
            names.add(k.name() + ".pastCount");
            names.add(k.name() + ".fraudRate");
            names.add(k.name() + ".criticalRate");
        }
        NAMES = List.copyOf(names);
        SIZE = NAMES.size();
    }

    private final Vocabulary vocabulary;

    public FeatureSchema(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    public Vocabulary vocabulary() { return vocabulary; }

    static double logValuePerKg(ItemFacts f) {
        if (!(f.netMassKg() > 0) || !(f.itemPrice() >= 0)) return Double.NaN;
        return Math.log1p(f.itemPrice() / f.netMassKg());
    }

    private static float number(String code) {
        if (code.isEmpty()) return Float.NaN;
        try { return Float.parseFloat(code); } catch (NumberFormatException e) { return Float.NaN; }
    }

    /** Writes the item's {@link #SIZE} features into {@code out} from {@code offset}. */
    public void compute(ItemFacts f, History h, float[] out, int offset) {
        int i = offset;
        for (int c = 0; c < Vocabulary.COLUMNS.size(); c++) out[i++] = vocabulary.code(c, f);
        out[i++] = number(f.hs(2));
        out[i++] = number(f.hs(4));
        out[i++] = number(f.hs(6));
        out[i++] = (float) f.taxRate();
        out[i++] = f.netMassKg() >= 0 ? (float) Math.log1p(f.netMassKg()) : Float.NaN;
        out[i++] = f.itemPrice() >= 0 ? (float) Math.log1p(f.itemPrice()) : Float.NaN;
        double lv = logValuePerKg(f);
        out[i++] = (float) lv;
        out[i++] = f.originCountry().isEmpty() ? Float.NaN : f.originCountry().equals(f.departureCountry()) ? 1 : 0;
        out[i++] = f.courier().isEmpty() ? 0 : 1;
        History.Spread s = h.spread(f.hs(6));
        if (s == null || s.n < 2 || Double.isNaN(lv)) out[i++] = Float.NaN;
        else {
            double mean = s.sum / s.n;
            double sd = Math.sqrt(Math.max(1e-6, s.sumSq / s.n - mean * mean));
            out[i++] = (float) ((lv - mean) / sd);
        }
        double prior = h.fraudRate(), priorCritical = h.criticalRate();
        for (int k = 0; k < History.KEYS.size(); k++) {
            History.Tally t = h.tally(k, History.KEYS.get(k).of().apply(f));
            int n = t == null ? 0 : t.inspected;
            out[i++] = (float) Math.log1p(n);
            out[i++] = (float) (((t == null ? 0 : t.fraud) + SMOOTHING * prior) / (n + SMOOTHING));
            out[i++] = (float) (((t == null ? 0 : t.critical) + SMOOTHING * priorCritical) / (n + SMOOTHING));
        }
    }

    public float[] compute(ItemFacts f, History h) {
        float[] out = new float[SIZE];
        compute(f, h, out, 0);
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(SIZE);
        for (String n : NAMES) out.writeUTF(n);
        vocabulary.write(out);
    }

    static FeatureSchema read(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add(in.readUTF());
        if (!names.equals(NAMES)) throw new IOException("the model was trained on other features than this Clearway computes: " + names);
        return new FeatureSchema(Vocabulary.read(in));
    }
}
