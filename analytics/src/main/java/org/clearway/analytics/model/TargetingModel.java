package org.clearway.analytics.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.feature.FeatureSchema;
import org.clearway.analytics.feature.FeatureTable;
import org.clearway.analytics.feature.History;
import org.clearway.analytics.feature.ModelParts;

/**
 * A trained targeting model: gradient-boosted trees over the features of {@link FeatureSchema},
 * with the history of inspections it computes those features from and a report of its training.
 * Scoring does not change the model, so one instance may serve many threads... except that XGBoost's
 * booster is not documented as thread-safe, so scoring is synchronized.
 */
public final class TargetingModel {
    private static final byte[] MAGIC = "CLEARWAY-TARGETING-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final FeatureSchema schema;
    private final History history;
    private final Booster booster;
    private final TrainingReport report;

    TargetingModel(FeatureSchema schema, History history, Booster booster, TrainingReport report) {
        this.schema = schema;
        this.history = history;
        this.booster = booster;
        this.report = report;
    }

    public TrainingReport report() { return report; }

    FeatureSchema schema() { return schema; }

    History history() { return history; }

    public List<String> features() { return FeatureSchema.NAMES; }

    /** Probabilities of fraud for many items, in their order, each from the model's frozen history. */
    public synchronized double[] score(List<ItemFacts> items) {
        if (items.isEmpty()) return new double[0];
        FeatureTable t = FeatureTable.frozen(schema, items, history);
        return predict(t.values(), t.rows());
    }

    double[] predict(float[] values, int rows) {
        try {
            float[][] p = booster.inplace_predict(values, rows, FeatureSchema.SIZE, Float.NaN);
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) out[i] = p[i][0];
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score: " + e.getMessage(), e);
        }
    }

    /** One item's score with the {@code top} features that pushed it most (per-feature tree contributions). */
    public synchronized Score explain(ItemFacts item, int top) {
        float[] row = schema.compute(item, history);
        try {
            DMatrix m = new DMatrix(row, 1, FeatureSchema.SIZE, Float.NaN);
            try {
                float[] contrib = booster.predictContrib(m, 0)[0];
                double margin = 0;
                for (float c : contrib) margin += c;
                List<Contribution> cs = new ArrayList<>();
                for (int f = 0; f < FeatureSchema.SIZE; f++) {
                    if (contrib[f] != 0) cs.add(new Contribution(FeatureSchema.NAMES.get(f), contrib[f]));
                }
                cs.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds())));
                return new Score(1 / (1 + Math.exp(-margin)), cs.subList(0, Math.min(top, cs.size())));
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain: " + e.getMessage(), e);
        }
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // gzip: the history's ids compress about 3:1, so a model of the KCS year fits an API upload
            java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(bytes);
            DataOutputStream out = new DataOutputStream(zip);
            out.write(MAGIC);
            out.writeUTF(String.valueOf(report.windowStart()));
            out.writeUTF(String.valueOf(report.windowEnd()));
            out.writeInt(report.rows()); out.writeInt(report.frauds());
            out.writeUTF(String.valueOf(report.holdoutStart())); out.writeInt(report.holdoutRows());
            out.writeInt(report.rounds()); out.writeDouble(report.holdoutAuc());
            out.writeDouble(report.holdoutPrecisionAt5()); out.writeDouble(report.holdoutPrecisionAt10());
            out.writeLong(report.trainingMillis());
            ModelParts.write(out, schema, history);
            byte[] b;
            synchronized (this) { b = booster.toByteArray("ubj"); }
            out.writeInt(b.length);
            out.write(b);
            out.flush();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException | XGBoostError e) {
            throw new IllegalStateException("cannot serialize the model: " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #toBytes}; a file that is not one is refused with a plain message. */
    public static TargetingModel fromBytes(byte[] bytes) {
        try {
            if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) throw new IllegalArgumentException("not a Clearway targeting model");
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes))));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) throw new IllegalArgumentException("not a Clearway targeting model");
            TrainingReport r = new TrainingReport(date(in.readUTF()), date(in.readUTF()), in.readInt(), in.readInt(),
                    date(in.readUTF()), in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readLong());
            ModelParts.Read parts = ModelParts.read(in);
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new TargetingModel(parts.schema(), parts.history(), XGBoost.loadModel(b), r);
        } catch (IOException | XGBoostError e) {
            throw new IllegalArgumentException("not a readable Clearway targeting model: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String s) { return s.equals("null") ? null : LocalDate.parse(s); }

    public void save(Path file) throws IOException { Files.write(file, toBytes()); }

    public static TargetingModel load(Path file) throws IOException { return fromBytes(Files.readAllBytes(file)); }
}
