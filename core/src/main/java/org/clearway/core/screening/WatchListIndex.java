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

    /** Query tokens beyond this many are compared directly rather than through the per-query cache. */
    private static final int CACHED_QUERY_TOKENS = 16;

    private final List<WatchListEntry> entries;
    private final IndexedName[] names;
    /** Per name, its words that are not initials: read for every candidate, so kept dense rather than behind each name's record. */
    private final int[] nameWords;
    /** The distinct tokens of all names (the vocabulary), with their skeletons and weights. */
    private final String[] vocabulary;
    private final String[] vocabularySkeletons;
    private final int[] vocabularyLetters;
    /** Blocking key → vocabulary ids; vocabulary id → ids of the names holding that token. */
    private final Map<String, int[]> postings;
    private final int[][] namesByToken;
    private final Map<String, Integer> documentFrequency;
    private final double threshold;
    /**
     * Scratch space (a few MB) reused between queries. A pool rather than a ThreadLocal: requests run
     * on virtual threads, each new, and would each allocate their own.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> scratch = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final int vocabularySize;

    record IndexedName(int entry, String text, String[] tokens, String[] skeletons, double[] weights, double totalWeight,
                       int words, int[] tokenIds) {}

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
        Map<String, Integer> vocabularyIds = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        for (String t : texts) {
            List<String> tokens = NameNormaliser.tokens(t);
            tokenised.add(tokens);
            for (String tok : new java.util.HashSet<>(tokens)) df.merge(tok, 1, Integer::sum);
            for (String tok : tokens) {
                if (vocabularyIds.putIfAbsent(tok, vocab.size()) == null) vocab.add(tok);
            }
        }
        this.documentFrequency = Map.copyOf(df);
        this.vocabulary = vocab.toArray(String[]::new);
        this.vocabularySkeletons = new String[vocabulary.length];
        this.vocabularyLetters = new int[vocabulary.length];
        Map<String, List<Integer>> keyLists = new HashMap<>();
        for (int v = 0; v < vocabulary.length; v++) {
            vocabularySkeletons[v] = NameNormaliser.skeleton(vocabulary[v]);
            vocabularyLetters[v] = TokenSimilarity.letters(vocabulary[v]);
            for (String key : keys(vocabulary[v], vocabularySkeletons[v])) keyLists.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
        }
        Map<String, int[]> post = new HashMap<>(keyLists.size() * 2);
        keyLists.forEach((k, v) -> post.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = post;
        int n = texts.size();
        this.names = new IndexedName[n];
        List<List<Integer>> byToken = new ArrayList<>(vocabulary.length);
        for (int v = 0; v < vocabulary.length; v++) byToken.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) {
            List<String> tokens = tokenised.get(i);
            String[] tok = tokens.toArray(String[]::new);
            String[] sk = new String[tok.length];
            double[] w = new double[tok.length];
            int[] ids = new int[tok.length];
            double total = 0;
            for (int k = 0; k < tok.length; k++) {
                ids[k] = vocabularyIds.get(tok[k]);
                sk[k] = vocabularySkeletons[ids[k]];
                w[k] = weight(tok[k]);
                total += w[k];
                List<Integer> p = byToken.get(ids[k]);
                if (p.isEmpty() || p.getLast() != i) p.add(i);
            }
            names[i] = new IndexedName(owners.get(i), texts.get(i), tok, sk, w, total, words(tok), ids);
        }
        this.nameWords = new int[n];
        for (int i = 0; i < n; i++) nameWords[i] = names[i].words();
        this.namesByToken = new int[vocabulary.length][];
        for (int v = 0; v < vocabulary.length; v++) namesByToken[v] = byToken.get(v).stream().mapToInt(Integer::intValue).toArray();
        this.vocabularySize = vocabulary.length;
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

    /**
     * The entries this name resembles, best first, one match per entry (its best-matching name).
     * Each query word is looked up once in the vocabulary ({@link #lookup}: the listed words sharing
     * a blocking key with it and alike enough); names holding a similar word for at least two query
     * words (one for a one-word query) are scored from those similarities, without comparing strings
     * again. What a word finds is kept (up to {@value #CACHED_WORDS} distinct words, then forgotten
     * all at once), since party names reuse the same words all day.
     */
    public List<NameMatch> match(String name, String country) { return match(name, country, true); }

    /** As {@link #match(String, String)}, every query word looked up afresh: the cold figure of the benchmark. */
    public List<NameMatch> matchUncached(String name, String country) { return match(name, country, false); }

    private List<NameMatch> match(String name, String country, boolean cacheWords) {
        Query q = Query.of(name, this, cacheWords);
        if (q == null) return List.of();
        Scratch s = scratch.poll();
        if (s == null) s = new Scratch(names.length, vocabularySize);
        try {
            return match(q, country, s);
        } finally {
            s.reset();
            scratch.offer(s);
        }
    }

    private List<NameMatch> match(Query q, String country, Scratch s) {
        // initials are not looked up (an "a" would hit a third of the lists), so they do not count as hits
        int need = Math.min(2, q.words);
        for (int t = 0; t < q.tokens.length && t < CACHED_QUERY_TOKENS; t++) {
            WordLookup l = q.lookups[t];
            if (l == null) continue;
            for (int k = 0; k < l.words.length; k++) {
                int v = l.words[k];
                if (s.known(t, v)) continue;
                s.remember(t, v, l.similarities[k]);
                for (int id : namesByToken[v]) s.hit(id, t);
            }
        }
        Map<Integer, NameMatch> best = null;
        for (int i = 0; i < s.touchedCount; i++) {
            int id = s.touched[i];
            if (s.hits[id] < Math.min(need, nameWords[id])) continue;
            IndexedName n = names[id];
            double score = align(q, n, cachedSimilarities(q, n, s));
            best = consider(q, id, score, country, best);
        }
        return sorted(best);
    }

    /**
     * What one query word (not an initial) finds in the vocabulary: its skeleton, its weight, and the
     * listed words sharing a blocking key with it whose similarity is above 0, with that similarity.
     */
    record WordLookup(String skeleton, double weight, int[] words, float[] similarities) {}

    /** Distinct query words whose lookups are kept; beyond this the cache is emptied and refills. */
    static final int CACHED_WORDS = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, WordLookup> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many word lookups are kept now (at most {@value #CACHED_WORDS}). */
    int cachedWords() { return lookups.size(); }

    /** Empties the cache of word lookups (the benchmark starts each pass cold). */
    public void forgetWords() { lookups.clear(); }

    WordLookup lookup(String token, boolean cache) {
        if (!cache) return computeLookup(token);
        WordLookup l = lookups.get(token);
        if (l != null) return l;
        l = computeLookup(token);
        if (lookups.size() >= CACHED_WORDS) lookups.clear();
        lookups.putIfAbsent(token, l);
        return l;
    }

    private WordLookup computeLookup(String token) {
        String skeleton = NameNormaliser.skeleton(token);
        double weight = weight(token);
        int letters = TokenSimilarity.letters(token);
        int[] candidates = new int[16];
        int n = 0;
        for (String key : queryKeys(token, skeleton)) {
            int[] p = postings.get(key);
            if (p == null) continue;
            if (n + p.length > candidates.length) candidates = java.util.Arrays.copyOf(candidates, Math.max(candidates.length * 2, n + p.length));
            System.arraycopy(p, 0, candidates, n, p.length);
            n += p.length;
        }
        java.util.Arrays.sort(candidates, 0, n);
        int[] words = new int[n];
        float[] sims = new float[n];
        int found = 0;
        for (int i = 0; i < n; i++) {
            int v = candidates[i];
            if (i > 0 && candidates[i - 1] == v) continue;
            double sim = token.equals(vocabulary[v]) ? 1.0 : letters != 0 && vocabularyLetters[v] != 0
                    && TokenSimilarity.couldBeAlike(token, letters, skeleton, vocabulary[v], vocabularyLetters[v], vocabularySkeletons[v])
                    ? TokenSimilarity.ofWords(token, skeleton, vocabulary[v], vocabularySkeletons[v]) : 0;
            if (sim > 0) { words[found] = v; sims[found++] = (float) sim; }
        }
        return new WordLookup(skeleton, weight, java.util.Arrays.copyOf(words, found), java.util.Arrays.copyOf(sims, found));
    }

    private static double[] cachedSimilarities(Query q, IndexedName n, Scratch s) {
        int a = q.tokens.length, b = n.tokens().length;
        double[] sim = s.matrix(a * b);
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                String qt = q.tokens[i], nt = n.tokens()[j];
                double v;
                // an initial is alike only to a token starting with its letter: most pairs are settled by one comparison
                if (qt.length() == 1 || nt.length() == 1) v = qt.charAt(0) != nt.charAt(0) ? 0 : TokenSimilarity.of(qt, q.skeletons[i], nt, n.skeletons()[j]);
                else if (i >= CACHED_QUERY_TOKENS) v = TokenSimilarity.of(qt, q.skeletons[i], nt, n.skeletons()[j]);
                else v = s.similarity(i, n.tokenIds()[j]);
                sim[i * b + j] = v;
            }
        }
        return sim;
    }

    /** The baseline: the query scored against every name on every list. Same answers, no index. */
    public List<NameMatch> matchEveryName(String name, String country) {
        Query q = Query.of(name, this);
        if (q == null) return List.of();
        Map<Integer, NameMatch> best = null;
        for (int id = 0; id < names.length; id++) best = consider(q, id, score(q, names[id]), country, best);
        return sorted(best);
    }

    private Map<Integer, NameMatch> consider(Query q, int id, double score, String country, Map<Integer, NameMatch> best) {
        // Below the threshold even with the country's boost: done without reading the entry (for most
        // candidates; reading entries at random costs more than scoring the name). The same answer.
        if (score <= 0 || score + COUNTRY_BOOST < threshold) return best;
        IndexedName n = names[id];
        WatchListEntry e = entries.get(n.entry);
        if (country != null && !country.isEmpty() && e.countries().contains(country)) score = Math.min(1.0, score + COUNTRY_BOOST);
        if (score < threshold) return best;
        NameMatch m = new NameMatch(e, n.text, Math.round(score * 1000) / 1000.0);
        if (best == null) best = new HashMap<>(4);
        best.merge(n.entry, m, (a, b) -> a.score() >= b.score() ? a : b);
        return best;
    }

    private static List<NameMatch> sorted(Map<Integer, NameMatch> best) {
        if (best == null || best.isEmpty()) return List.of();
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
        return align(q, n, sim);
    }

    /** The greedy pairing and weighted overlap of {@link #score}, over a filled similarity matrix. */
    static double align(Query q, IndexedName n, double[] sim) {
        int a = q.tokens.length, b = n.tokens.length;
        if (a == 0 || b == 0) return 0;
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

    /**
     * The blocking keys a listed word is filed under: itself, its skeleton, and (5+ letters) its first
     * and its last three letters, each with the word's length, so that one posting holds only words
     * of one length.
     */
    private static List<String> keys(String token, String skeleton) {
        List<String> k = new ArrayList<>(4);
        k.add("t" + token);
        if (token.length() == 1) return k;
        if (skeleton.length() >= 2) k.add("s" + skeleton);
        if (token.length() >= 5) {
            k.add("p" + token.length() + token.substring(0, 3));
            k.add("x" + token.length() + token.substring(token.length() - 3));
        }
        return k;
    }

    /** The keys a query word looks up: as {@link #keys}, with the lengths one shorter and one longer too (a letter dropped or doubled). */
    private static List<String> queryKeys(String token, String skeleton) {
        List<String> k = new ArrayList<>(8);
        k.add("t" + token);
        if (token.length() == 1) return k;
        if (skeleton.length() >= 2) k.add("s" + skeleton);
        if (token.length() >= 4) {
            String first = token.substring(0, 3), last = token.substring(token.length() - 3);
            for (int len = Math.max(5, token.length() - 1); len <= token.length() + 1; len++) {
                k.add("p" + len + first);
                k.add("x" + len + last);
            }
        }
        return k;
    }

    static final class Query {
        final String[] tokens;
        final String[] skeletons;
        final double[] weights;
        final double totalWeight;
        final int words;
        /** Per query word, what it finds in the vocabulary (null for initials and words beyond the cached ones). */
        final WordLookup[] lookups;

        private Query(String[] tokens, String[] skeletons, double[] weights, double total, WordLookup[] lookups) {
            this.lookups = lookups;
            this.words = words(tokens);
            this.tokens = tokens;
            this.skeletons = skeletons;
            this.weights = weights;
            this.totalWeight = total;
        }

        /** The query without vocabulary lookups, for scoring against every name (the baseline). */
        static Query of(String name, WatchListIndex index) { return of(name, index, false, false); }

        static Query of(String name, WatchListIndex index, boolean cacheWords) { return of(name, index, true, cacheWords); }

        private static Query of(String name, WatchListIndex index, boolean look, boolean cacheWords) {
            List<String> t = NameNormaliser.tokens(name);
            if (t.isEmpty()) return null;
            String[] tok = t.toArray(String[]::new);
            String[] sk = new String[tok.length];
            double[] w = new double[tok.length];
            WordLookup[] lookups = new WordLookup[tok.length];
            double total = 0;
            for (int i = 0; i < tok.length; i++) {
                if (look && tok[i].length() > 1 && i < CACHED_QUERY_TOKENS) {
                    lookups[i] = index.lookup(tok[i], cacheWords);
                    sk[i] = lookups[i].skeleton();
                    w[i] = lookups[i].weight();
                } else {
                    sk[i] = NameNormaliser.skeleton(tok[i]);
                    w[i] = index.weight(tok[i]);
                }
                total += w[i];
            }
            return new Query(tok, sk, w, total, lookups);
        }
    }

    /**
     * Per-thread state reused between queries: which names were hit and by how many query words, and
     * the similarity of each query word with each listed word compared so far. Similarities are stamped
     * with the query's number, so a new query forgets them by counting up rather than by clearing.
     */
    private static final class Scratch {
        final int[] hits;
        final int[] lastToken;
        final int[] touched;
        int touchedCount;
        /** Per (query word, listed word): the query number in the high half, the similarity's float bits in the low half. */
        final long[] similarity;
        final int vocabulary;
        int query = 1;
        double[] matrix = new double[64];

        Scratch(int names, int vocabulary) {
            hits = new int[names];
            lastToken = new int[names];
            touched = new int[names];
            java.util.Arrays.fill(lastToken, -1);
            this.vocabulary = vocabulary;
            similarity = new long[CACHED_QUERY_TOKENS * vocabulary];
        }

        void hit(int id, int token) {
            if (lastToken[id] == token) return;
            if (hits[id] == 0) touched[touchedCount++] = id;
            lastToken[id] = token;
            hits[id]++;
        }

        boolean known(int token, int word) { return (int) (similarity[token * vocabulary + word] >>> 32) == query; }

        void remember(int token, int word, double sim) {
            similarity[token * vocabulary + word] = ((long) query << 32) | (Float.floatToRawIntBits((float) sim) & 0xFFFFFFFFL);
        }

        /** The similarity remembered for this query, 0 when none was. */
        double similarity(int token, int word) {
            long v = similarity[token * vocabulary + word];
            return (int) (v >>> 32) == query ? Float.intBitsToFloat((int) v) : 0;
        }

        double[] matrix(int size) {
            if (matrix.length < size) matrix = new double[size];
            return matrix;
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) { hits[touched[i]] = 0; lastToken[touched[i]] = -1; }
            touchedCount = 0;
            if (++query == 0) { // after 2^32 queries the numbers come round: forget all once
                java.util.Arrays.fill(similarity, 0L);
                query = 1;
            }
        }
    }
}
