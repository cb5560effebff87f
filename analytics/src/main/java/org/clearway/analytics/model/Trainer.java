package org.clearway.analytics.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.Outcome;
import org.clearway.analytics.evaluation.Evaluation;
import org.clearway.analytics.feature.FeatureSchema;
import org.clearway.analytics.feature.FeatureTable;
import org.clearway.analytics.feature.History;
import org.clearway.analytics.feature.Vocabulary;

/**
 * Trains a {@link TargetingModel} on labelled declarations, the way it will be used:
 * <ol>
 * <li>the fitting part's features are replayed in date order (each day sees only earlier outcomes);</li>
 * <li>the held-out part (the last two months of the data, or the --valid file) is featured from the
 * fitting part's history frozen at its end, exactly as live scoring will see it, and used for
 * early stopping;</li>
 * <li>the model is then refitted on everything with the chosen number of rounds, and keeps the
 * history of everything for scoring.</li>
 * </ol>
 * The parameters are fixed here (not chosen on any evaluation data).
 */
public final class Trainer {
    public static final int MAX_ROUNDS = 2000;
    public static final int EARLY_STOPPING_ROUNDS = 50;

    private final Map<String, Object> params;

    public Trainer() { this(0); }

    /** @param seed for the row and column sampling; the same seed and data give the same model. */
    public Trainer(int seed) {
        params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "aucpr");
        params.put("tree_method", "hist");
        params.put("eta", 0.1);
        params.put("max_depth", 6);
        params.put("min_child_weight", 1);
        params.put("subsample", 0.8);
        params.put("colsample_bytree", 0.7);
        params.put("lambda", 1.0);
        params.put("nthread", 1); // OpenMP threads spin against each other on a busy shared machine: one is faster there and deterministic
        params.put("seed", seed);
        params.put("verbosity", 0);
    }

    /**
     * Splits off the last two calendar months of {@code data} for early stopping; when that would
     * leave less than half the data to fit (a short history, as after a first season of recorded
     * inspections), the latest fifth of the declarations by date is held out instead.
     */
    public TargetingModel train(List<Labelled> data) {
        LocalDate last = data.stream().map(l -> l.facts().date()).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("no labelled declarations to train on"));
        LocalDate cut = last.withDayOfMonth(1).minusMonths(1);
        List<Labelled> fit = new ArrayList<>(), holdout = new ArrayList<>();
        for (Labelled l : data) (l.facts().date().isBefore(cut) ? fit : holdout).add(l);
        if (fit.size() < data.size() / 2) {
            List<Labelled> byDate = new ArrayList<>(data);
            byDate.sort(Comparator.comparing((Labelled l) -> l.facts().date()).thenComparing(l -> l.facts().declarationId()));
            int split = byDate.size() - Math.max(1, byDate.size() / 5);
            LocalDate splitDay = byDate.get(split).facts().date();
            fit.clear();
            holdout.clear();
            for (Labelled l : byDate) (l.facts().date().isBefore(splitDay) ? fit : holdout).add(l);
            if (fit.isEmpty()) throw new IllegalArgumentException("all the labelled declarations are from one day (" + splitDay + "); give more history or --valid");
        }
        return train(fit, holdout);
    }

    /** Trains on {@code fit}, stops early on {@code holdout}, then refits on both. */
    public TargetingModel train(List<Labelled> fit, List<Labelled> holdout) {
        long start = System.nanoTime();
        if (fit.isEmpty() || holdout.isEmpty()) throw new IllegalArgumentException("both the training and the held-out data must have rows");
        List<Labelled> all = new ArrayList<>(fit);
        all.addAll(holdout);
        try {
            FeatureSchema schema = new FeatureSchema(Vocabulary.learn(all.stream().map(Labelled::facts).toList()));
            History fitHistory = new History();
            FeatureTable fitTable = FeatureTable.replay(schema, fit, fitHistory);
            FeatureTable holdTable = FeatureTable.frozen(schema, holdout.stream().map(Labelled::facts).toList(), fitHistory).withLabels(holdout);
            DMatrix dFit = matrix(fitTable), dHold = matrix(holdTable);
            Booster first = XGBoost.train(dFit, params, 0, Map.of(), null, null);
            int rounds = earlyStopped(first, dFit, dHold) + 1;
            double[] holdScores = predict(first, holdTable, rounds);
            first.dispose();
            Evaluation ev = Evaluation.of(holdScores, holdout.stream().map(Labelled::outcome).toList(), 5, 10);
            dFit.dispose(); dHold.dispose();

            History history = new History();
            FeatureTable allTable = FeatureTable.replay(schema, all, history);
            DMatrix dAll = matrix(allTable);
            Booster booster = XGBoost.train(dAll, params, rounds, Map.of(), null, null);
            dAll.dispose();
            LocalDate from = all.stream().map(l -> l.facts().date()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = all.stream().map(l -> l.facts().date()).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate holdFrom = holdout.stream().map(l -> l.facts().date()).min(Comparator.naturalOrder()).orElseThrow();
            int frauds = (int) all.stream().map(Labelled::outcome).filter(Outcome::fraud).count();
            TrainingReport report = new TrainingReport(from, to, all.size(), frauds, holdFrom, holdout.size(), rounds,
                    ev.rocAuc(), ev.at(5).precision(), ev.at(10).precision(), (System.nanoTime() - start) / 1_000_000);
            return new TargetingModel(schema, history, booster, report);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        }
    }

    /** A model fitted for a fixed number of rounds without early stopping (used by the weekly simulation). */
    public TargetingModel trainFixed(List<Labelled> data, int rounds) {
        try {
            FeatureSchema schema = new FeatureSchema(Vocabulary.learn(data.stream().map(Labelled::facts).toList()));
            History history = new History();
            DMatrix d = matrix(FeatureTable.replay(schema, data, history));
            Booster booster = XGBoost.train(d, params, rounds, Map.of(), null, null);
            d.dispose();
            LocalDate from = data.stream().map(l -> l.facts().date()).min(Comparator.naturalOrder()).orElse(null);
            LocalDate to = data.stream().map(l -> l.facts().date()).max(Comparator.naturalOrder()).orElse(null);
            int frauds = (int) data.stream().map(Labelled::outcome).filter(Outcome::fraud).count();
            return new TargetingModel(schema, history, booster, new TrainingReport(from, to, data.size(), frauds, null, 0, rounds,
                    Double.NaN, Double.NaN, Double.NaN, 0));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        }
    }

    /**
     * Boosts on {@code fit} one round at a time, measuring the area under the precision-recall curve
     * on {@code holdout} after each, and stops {@link #EARLY_STOPPING_ROUNDS} rounds after the best;
     * returns the best round (0-based). Done here rather than by XGBoost.train so that the native
     * library does not print every round.
     */
    private static int earlyStopped(Booster b, DMatrix fit, DMatrix holdout) throws XGBoostError {
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = 0;
        for (int round = 0; round < MAX_ROUNDS && round - best <= EARLY_STOPPING_ROUNDS; round++) {
            b.update(fit, round);
            String eval = b.evalSet(new DMatrix[] {holdout}, new String[] {"holdout"}, round);
            double score = Double.parseDouble(eval.substring(eval.lastIndexOf(':') + 1).trim());
            if (score > bestScore) { bestScore = score; best = round; }
        }
        return best;
    }

    private static double[] predict(Booster b, FeatureTable t, int rounds) throws XGBoostError {
        DMatrix m = matrix(t);
        try {
            float[][] p = b.predict(m, false, rounds);
            double[] out = new double[t.rows()];
            for (int i = 0; i < out.length; i++) out[i] = p[i][0];
            return out;
        } finally {
            m.dispose();
        }
    }

    private static DMatrix matrix(FeatureTable t) throws XGBoostError {
        DMatrix m = new DMatrix(t.values(), t.rows(), FeatureSchema.SIZE, Float.NaN);
        if (t.labels() != null) m.setLabel(t.labels());
        return m;
    }
}
