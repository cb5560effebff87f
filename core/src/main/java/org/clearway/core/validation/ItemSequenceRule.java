package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearway.core.declaration.Declaration;

/**
 * Goods items are numbered 1 to n, each number once, so that answers, amendments and inspection
 * results can name an item without doubt. The order in the list does not matter.
 */
public final class ItemSequenceRule {

    public List<Problem> check(Declaration declaration) {
        int n = declaration.items().size();
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Integer> firstIndexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int sequence = declaration.items().get(i).sequence();
            String path = Paths.item(i, "sequence");
            if (sequence < 1 || sequence > n) {
                problems.add(new Problem(ProblemCodes.ITEM_SEQUENCE_INVALID, path,
                        "item sequence " + sequence + " is outside 1.." + n + " (this declaration has " + n + " items)"));
            } else if (firstIndexOf.putIfAbsent(sequence, i) != null) {
                problems.add(new Problem(ProblemCodes.ITEM_SEQUENCE_INVALID, path,
                        "item sequence " + sequence + " is already used by items[" + firstIndexOf.get(sequence) + "]"));
            }
        }
        return problems;
    }
}
