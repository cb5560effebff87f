package org.clearway.analytics.feature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.Labelled;

/**
 * Features of many items as one dense row-major matrix (what XGBoost takes), built in one of two ways
 * that never let an item see its own outcome or a later one:
 * {@link #replay} walks labelled items in date order and computes each day's features from the
 * outcomes of earlier days only, recording the day afterwards; {@link #frozen} computes every item's
 * features from one fixed history (the one a trained model carries).
 */
public record FeatureTable(float[] values, int rows, float[] labels) {

    /** Features and labels of {@code items} (any order), each from the outcomes dated strictly before it. */
    public static FeatureTable replay(FeatureSchema schema, List<Labelled> items, History history) {
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        // by date, then id: the history sums the same values in the same order whatever the order of the file
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> items.get(i).facts().date()).thenComparing(i -> items.get(i).facts().declarationId()));
        float[] values = new float[items.size() * FeatureSchema.SIZE];
        float[] labels = new float[items.size()];
        int start = 0;
        while (start < order.length) {
            LocalDate day = items.get(order[start]).facts().date();
            int end = start;
            while (end < order.length && items.get(order[end]).facts().date().equals(day)) end++;
            for (int j = start; j < end; j++) {
                int row = order[j];
                schema.compute(items.get(row).facts(), history, values, row * FeatureSchema.SIZE);
                labels[row] = items.get(row).outcome().fraud() ? 1 : 0;
            }
            for (int j = start; j < end; j++) history.record(items.get(order[j]).facts(), items.get(order[j]).outcome());
            start = end;
        }
        return new FeatureTable(values, items.size(), labels);
    }

    /** Features of {@code items} from a history that is not changed. Labels are null. */
    public static FeatureTable frozen(FeatureSchema schema, List<ItemFacts> items, History history) {
        float[] values = new float[items.size() * FeatureSchema.SIZE];
        for (int i = 0; i < items.size(); i++) schema.compute(items.get(i), history, values, i * FeatureSchema.SIZE);
        return new FeatureTable(values, items.size(), null);
    }

    public FeatureTable withLabels(List<Labelled> items) {
        float[] l = new float[rows];
        for (int i = 0; i < rows; i++) l[i] = items.get(i).outcome().fraud() ? 1 : 0;
        return new FeatureTable(values, rows, l);
    }

    public float[] row(int i) {
        return java.util.Arrays.copyOfRange(values, i * FeatureSchema.SIZE, (i + 1) * FeatureSchema.SIZE);
    }

    static List<ItemFacts> facts(List<Labelled> items) {
        List<ItemFacts> out = new ArrayList<>(items.size());
        for (Labelled l : items) out.add(l.facts());
        return out;
    }
}
