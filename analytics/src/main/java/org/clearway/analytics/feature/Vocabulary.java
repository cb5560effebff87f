package org.clearway.analytics.feature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.clearway.analytics.ItemFacts;

/**
 * Label encodings of the short code lists (office, procedure, transport mode, tax type, countries):
 * each value seen in training gets a number in sorted order; a value never seen is missing (NaN).
 */
public final class Vocabulary {
    public static final List<Column> COLUMNS = List.of(
            new Column("office", ItemFacts::office),
            new Column("processType", ItemFacts::processType),
            new Column("importType", ItemFacts::importType),
            new Column("importUse", ItemFacts::importUse),
            new Column("paymentType", ItemFacts::paymentType),
            new Column("transportMode", ItemFacts::transportMode),
            new Column("taxType", ItemFacts::taxType),
            new Column("originIndicator", ItemFacts::originIndicator),
            new Column("origin", ItemFacts::originCountry),
            new Column("departure", ItemFacts::departureCountry));

    public record Column(String name, Function<ItemFacts, String> of) {}

    private final Map<String, Integer>[] codes;

    @SuppressWarnings("unchecked")
    private Vocabulary() {
        codes = new Map[COLUMNS.size()];
        for (int i = 0; i < codes.length; i++) codes[i] = new HashMap<>();
    }

    public static Vocabulary learn(Iterable<ItemFacts> items) {
        Vocabulary v = new Vocabulary();
        for (int c = 0; c < COLUMNS.size(); c++) {
            TreeSet<String> seen = new TreeSet<>();
            for (ItemFacts f : items) {
                String s = COLUMNS.get(c).of().apply(f);
                if (!s.isEmpty()) seen.add(s);
            }
            int n = 0;
            for (String s : seen) v.codes[c].put(s, n++);
        }
        return v;
    }

    float code(int column, ItemFacts item) {
        Integer n = codes[column].get(COLUMNS.get(column).of().apply(item));
        return n == null ? Float.NaN : n;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(codes.length);
        for (Map<String, Integer> m : codes) {
            out.writeInt(m.size());
            for (var e : m.entrySet()) { out.writeUTF(e.getKey()); out.writeInt(e.getValue()); }
        }
    }

    static Vocabulary read(DataInputStream in) throws IOException {
        Vocabulary v = new Vocabulary();
        int n = in.readInt();
        if (n != COLUMNS.size()) throw new IOException("the model encodes " + n + " code lists; this Clearway expects " + COLUMNS.size());
        for (int c = 0; c < n; c++) {
            int size = in.readInt();
            for (int i = 0; i < size; i++) v.codes[c].put(in.readUTF(), in.readInt());
        }
        return v;
    }
}
