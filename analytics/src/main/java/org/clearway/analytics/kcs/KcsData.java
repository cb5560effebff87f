package org.clearway.analytics.kcs;

import java.util.List;
import org.clearway.analytics.ItemFacts;
import org.clearway.analytics.Labelled;
import org.clearway.analytics.Outcome;

/**
 * The rows of one KCS file in file order; {@code outcomes} is null when the file has no label
 * columns (a file to score), otherwise it has one entry per row.
 */
public record KcsData(List<ItemFacts> items, List<Outcome> outcomes) {
    public boolean labelled() { return outcomes != null; }

    public List<Labelled> labelledRows() {
        if (outcomes == null) throw new DataFileException("the file has no Fraud column: it cannot be used to train or evaluate");
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new Labelled(items.get(i), outcomes.get(i))).toList();
    }
}
