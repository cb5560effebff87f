package org.clearway.analytics.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.evaluation.Evaluation;
import org.clearway.analytics.model.TargetingModel;
import org.clearway.analytics.model.Trainer;

/**
 * Replays labelled declarations week by week as an administration would live them: each week the
 * model trained on the outcomes revealed so far scores the week's declarations, the budget is spent
 * on the top scores except for an exploring share chosen to learn, only the selected declarations'
 * outcomes are revealed, and the model is retrained. Until enough outcomes are known (both frauds
 * and clean ones, at least {@link #MIN_LABELS}) the selection is random.
 */
public final class WeeklyReplay {
    static final int MIN_LABELS = 50;
    static final int ROUNDS = 60;

    private final Trainer trainer;
    private final long seed;

    public WeeklyReplay(Trainer trainer, long seed) {
        this.trainer = trainer;
        this.seed = seed;
    }

    public SimulationResult run(List<Labelled> data, double budgetPercent, double explorePercent, Exploration exploration,
                                java.util.function.Consumer<WeekResult> onWeek) {
        if (!(budgetPercent > 0 && budgetPercent <= 100)) throw new IllegalArgumentException("the budget must be in (0, 100] %");
        if (!(explorePercent >= 0 && explorePercent <= 100)) throw new IllegalArgumentException("the exploring share must be in [0, 100] %");
        TreeMap<LocalDate, List<Labelled>> weeks = new TreeMap<>();
        for (Labelled l : data) {
            weeks.computeIfAbsent(l.facts().date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new ArrayList<>()).add(l);
        }
        Random random = new Random(seed);
        List<Labelled> revealed = new ArrayList<>();
        List<WeekResult> results = new ArrayList<>();
        for (var week : weeks.entrySet()) {
            List<Labelled> rows = week.getValue();
            rows.sort(Comparator.comparing(l -> l.facts().date()));
            int n = rows.size();
            int budget = Evaluation.selected(n, budgetPercent);
            boolean canLearn = revealed.size() >= MIN_LABELS && revealed.stream().anyMatch(l -> l.outcome().fraud())
                    && revealed.stream().anyMatch(l -> !l.outcome().fraud());
            boolean[] chosen = new boolean[n];
            if (canLearn) {
                TargetingModel model = trainer.trainFixed(revealed, ROUNDS);
                double[] scores = model.score(rows.stream().map(Labelled::facts).toList());
                int explore = (int) Math.round(budget * explorePercent / 100.0);
                Integer[] order = Evaluation.rankDescending(scores);
                for (int i = 0; i < budget - explore; i++) chosen[order[i]] = true;
                List<Integer> rest = new ArrayList<>();
                for (int i = 0; i < n; i++) if (!chosen[i]) rest.add(i);
                if (exploration == Exploration.UNCERTAIN) rest.sort(Comparator.comparingDouble(i -> Math.abs(scores[i] - 0.5)));
                else java.util.Collections.shuffle(rest, random);
                for (int i = 0; i < explore && i < rest.size(); i++) chosen[rest.get(i)] = true;
            } else {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < n; i++) all.add(i);
                java.util.Collections.shuffle(all, random);
                for (int i = 0; i < budget; i++) chosen[all.get(i)] = true;
            }
            int inspected = 0, hits = 0, frauds = 0;
            for (int i = 0; i < n; i++) {
                boolean fraud = rows.get(i).outcome().fraud();
                if (fraud) frauds++;
                if (chosen[i]) {
                    inspected++;
                    if (fraud) hits++;
                    revealed.add(rows.get(i));
                }
            }
            WeekResult w = new WeekResult(week.getKey(), n, inspected, hits, frauds, canLearn);
            results.add(w);
            if (onWeek != null) onWeek.accept(w);
        }
        return new SimulationResult(budgetPercent, explorePercent, exploration, List.copyOf(results));
    }
}
