package org.clearway.core.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The watch lists prepared for fast name matching. Every name of every entry (primary and aliases)
 * is normalised once into tokens, each with its transliteration skeleton and a weight (rare words
 * weigh more than "al" or "trading"). An inverted index from blocking keys (the token, its skeleton,
 * its first and its last three letters) to names finds the few candidates worth scoring, so a query
 * does not compare itself with all ~25,000 names; {@link #matchEveryName} does, as the baseline
 * and the reference the index is tested against. Immutable and thread-safe once built.
 */
public final class WatchListIndex {
    /** Names scoring at or above this are matches; chosen on the evaluation set (docs/screening.md). */
    public static final double DEFAULT_THRESHOLD = 0.86;
    /** Added to the score when the party's country is one of the entry's countries. */
    static final double COUNTRY_BOOST = 0.03;

    private final List<WatchListEntry> entries;
    private final IndexedName[] names;
    private final Map<String, int[]> postings;
    private final Map<String, Integer> documentFrequency;
    private final double threshold;
    private final ThreadLocal<Scratch> scratch;

    record IndexedName(int entry, String text, String[] tokens, String[] skeletons, double[] weights, double totalWeight, int words) {}

    private WatchListIndex(List<WatchListEntry> entries, double threshold) {
        this.entries = List.copyOf(entries);
        this.threshold = threshold;
        List<String> texts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++) {
            WatchListEntry entry = this.entries.get(e);
            texts.add(entry.name());
            owners.add(e);
            for (String alias : entry.aliases()) {
                if (!alias.isBlank()) { texts.add(alias); owners.add(e); }
            }
        }
        List<List<String>> tokenised = new ArrayList<>(texts.size());
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            List<String> tokens = NameNormaliser.tokens(t);
            tokenised.add(tokens);
            for (String tok : new java.util.HashSet<>(tokens)) df.merge(tok, 1, Integer::sum);
        }
        this.documentFrequency = Map.copyOf(df);
        int n = texts.size();
        this.names = new IndexedName[n];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> tokens = tokenised.get(i);
            String[] tok = tokens.toArray(String[]::new);
            String[] sk = new String[tok.length];
            double[] w = new double[tok.length];
            double total = 0;
            for (int k = 0; k < tok.length; k++) {
                sk[k] = NameNormaliser.skeleton(tok[k]);
                w[k] = weight(tok[k]);
                total += w[k];
                for (String key : keys(tok[k], sk[k])) {
                    List<Integer> p = lists.computeIfAbsent(key, x -> new ArrayList<>());
                    if (p.isEmpty() || p.getLast() != i) p.add(i);
                }
            }
            names[i] = new IndexedName(owners.get(i), texts.get(i), tok, sk, w, total, words(tok));
        }
        Map<String, int[]> post = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> post.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = post;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    public static WatchListIndex of(List<WatchList> lists) { return of(lists, DEFAULT_THRESHOLD); }

    public static WatchListIndex of(List<WatchList> lists, double threshold) {
        List<WatchListEntry> all = new ArrayList<>();
        for (WatchList l : lists) all.addAll(l.entries());
        return new WatchListIndex(all, threshold);
    }

    public int entryCount() { return entries.size(); }

    public int nameCount() { return names.length; }

    public double threshold() { return threshold; }

    /** The entries this name resembles, best first, one match per entry (its best-matching name). */
    public List<NameMatch> match(String name, String country) {
        Query q = Query.of(name, this);
        if (q == null) return List.of();
        Scratch s = scratch.get();
        s.reset();
        // initials are not looked up (an "a" would hit a third of the lists), so they do not count as hits
        int need = Math.min(2, q.words);
        for (int t = 0; t < q.tokens.length; t++) {
            for (String key : keys(q.tokens[t], q.skeletons[t])) {
                int[] p = postings.get(key);
                if (p == null) continue;
                for (int id : p) s.hit(id, t);
            }
        }
        Map<Integer, NameMatch> best = new HashMap<>();
        for (int i = 0; i < s.touchedCount; i++) {
            int id = s.touched[i];
            IndexedName n = names[id];
            if (s.hits[id] < Math.min(need, n.words())) continue;
            consider(q, id, country, best);
        }
        return sorted(best);
    }

    /** The baseline: the query scored against every name on every list. Same answers, no index. */
    public List<NameMatch> matchEveryName(String name, String country) {
        Query q = Query.of(name, this);
        if (q == null) return List.of();
        Map<Integer, NameMatch> best = new HashMap<>();
        for (int id = 0; id < names.length; id++) consider(q, id, country, best);
        return sorted(best);
    }

    private void consider(Query q, int id, String country, Map<Integer, NameMatch> best) {
        IndexedName n = names[id];
        double score = score(q, n);
        if (score <= 0) return;
        WatchListEntry e = entries.get(n.entry);
        if (country != null && !country.isEmpty() && e.countries().contains(country)) score = Math.min(1.0, score + COUNTRY_BOOST);
        if (score < threshold) return;
        NameMatch m = new NameMatch(e, n.text, Math.round(score * 1000) / 1000.0);
        best.merge(n.entry, m, (a, b) -> a.score() >= b.score() ? a : b);
    }

    private static List<NameMatch> sorted(Map<Integer, NameMatch> best) {
        if (best.isEmpty()) return List.of();
        List<NameMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(NameMatch::score).reversed()
                .thenComparing(m -> m.entry().list()).thenComparing(m -> m.entry().entryId()));
        return out;
    }

    /**
     * Soft weighted overlap: tokens of both names are paired greedily by similarity, each pair
     * contributing its similarity times both tokens' weights, over the weight of all tokens on both
     * sides. Extra words on either side lower the score; order does not matter.
     */
    static double score(Query q, IndexedName n) {
        int a = q.tokens.length, b = n.tokens.length;
        if (a == 0 || b == 0) return 0;
        double[] sim = new double[a * b];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) sim[i * b + j] = TokenSimilarity.of(q.tokens[i], q.skeletons[i], n.tokens[j], n.skeletons[j]);
        }
        long usedA = 0, usedB = 0;
        double matched = 0, total = q.totalWeight + n.totalWeight();
        for (int round = 0; round < Math.min(a, b) && round < 64; round++) {
            int bi = -1, bj = -1;
            double bs = 0;
            for (int i = 0; i < a; i++) {
                if ((usedA & (1L << Math.min(i, 63))) != 0) continue;
                for (int j = 0; j < b; j++) {
                    if ((usedB & (1L << Math.min(j, 63))) != 0) continue;
                    double v = sim[i * b + j];
                    if (v > bs) { bs = v; bi = i; bj = j; }
                }
            }
            if (bi < 0) break;
            usedA |= 1L << Math.min(bi, 63);
            usedB |= 1L << Math.min(bj, 63);
            // an initial stands for a word: it weighs what the word weighs, times the initial's similarity
            double wq = q.weights[bi], wn = n.weights()[bj];
            if (q.tokens[bi].length() == 1 && n.tokens()[bj].length() > 1) { total += wn - wq; wq = wn; }
            else if (n.tokens()[bj].length() == 1 && q.tokens[bi].length() > 1) { total += wq - wn; wn = wq; }
            matched += bs * (wq + wn);
        }
        return matched / total;
    }

    /** Rare words identify; common ones ("al", "trading", "bank") hardly. */
    double weight(String token) {
        if (token.length() == 1) return 1.0;
        Integer df = documentFrequency == null ? null : documentFrequency.get(token);
        int d = df == null ? 1 : df;
        return 1.0 + Math.log(1.0 + 1000.0 / d) / Math.log(1001.0) * 2.0;
    }

    /** Tokens longer than an initial. */
    static int words(String[] tokens) {
        int n = 0;
        for (String t : tokens) if (t.length() > 1) n++;
        return n;
    }

    private static List<String> keys(String token, String skeleton) {
        List<String> k = new ArrayList<>(4);
        k.add("t" + token);
        if (token.length() == 1) return k;
        if (skeleton.length() >= 2) k.add("s" + skeleton);
        if (token.length() >= 5) {
            k.add("p" + token.substring(0, 3));
            k.add("x" + token.substring(token.length() - 3));
        }
        return k;
    }

    static final class Query {
        final String[] tokens;
        final String[] skeletons;
        final double[] weights;
        final double totalWeight;
        final int words;

        private Query(String[] tokens, String[] skeletons, double[] weights, double total) {
            this.words = words(tokens);
            this.tokens = tokens;
            this.skeletons = skeletons;
            this.weights = weights;
            this.totalWeight = total;
        }

        static Query of(String name, WatchListIndex index) {
            List<String> t = NameNormaliser.tokens(name);
            if (t.isEmpty()) return null;
            String[] tok = t.toArray(String[]::new);
            String[] sk = new String[tok.length];
            double[] w = new double[tok.length];
            double total = 0;
            for (int i = 0; i < tok.length; i++) {
                sk[i] = NameNormaliser.skeleton(tok[i]);
                w[i] = index.weight(tok[i]);
                total += w[i];
            }
            return new Query(tok, sk, w, total);
        }
    }

    /** Per-thread counters reused between queries: which names were hit, by how many query tokens. */
    private static final class Scratch {
        final int[] hits;
        final int[] lastToken;
        final int[] touched;
        int touchedCount;

        Scratch(int n) {
            hits = new int[n];
            lastToken = new int[n];
            touched = new int[n];
            java.util.Arrays.fill(lastToken, -1);
        }

        void hit(int id, int token) {
            if (lastToken[id] == token) return;
            if (hits[id] == 0) touched[touchedCount++] = id;
            lastToken[id] = token;
            hits[id]++;
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) { hits[touched[i]] = 0; lastToken[touched[i]] = -1; }
            touchedCount = 0;
        }
    }
}
