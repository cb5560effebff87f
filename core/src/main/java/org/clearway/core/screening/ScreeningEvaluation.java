package org.clearway.core.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How well screening works, measured on a generated test set with a fixed seed: variants of listed
 * names as traders misspell them (typos, swapped words, initials, other transliterations, legal-form
 * noise, diacritics, aliases), each of which must find its entry (recall), and real-looking names
 * built from parts that appear on no list, none of which should be flagged.
 */
public final class ScreeningEvaluation {
    public static final long DEFAULT_SEED = 20261128L;
    static final String NAME_PARTS = "/org/clearway/screening/evaluation-name-parts.txt";

    public enum Kind { TYPO, WORD_ORDER, INITIALS, TRANSLITERATION, LEGAL_FORM, DIACRITICS, ALIAS }

    /** One listed-name variant: the text screened and the entry it must find. */
    public record Variant(Kind kind, String text, String list, String entryId, String original) {}

    /** The outcome, per kind of variant and overall. */
    public record Report(int variants, int found, Map<Kind, int[]> byKind, int unlisted, int flagged,
                         List<Variant> missed, List<String> flaggedExamples, double threshold) {
        public double recall() { return variants == 0 ? 0 : found / (double) variants; }
        public double flaggedRate() { return unlisted == 0 ? 0 : flagged / (double) unlisted; }
    }

    private ScreeningEvaluation() {}

    public static Report run(WatchListIndex index, List<WatchList> lists, int variantCount, int unlistedCount, long seed) {
        List<Variant> variants = variants(lists, variantCount, seed);
        List<String> unlisted = unlistedNames(lists, unlistedCount, seed);
        int found = 0;
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        List<Variant> missed = new ArrayList<>();
        for (Variant v : variants) {
            boolean hit = index.match(v.text(), null).stream()
                    .anyMatch(m -> m.entry().list().equals(v.list()) && m.entry().entryId().equals(v.entryId()));
            int[] k = byKind.computeIfAbsent(v.kind(), x -> new int[2]);
            k[0]++;
            if (hit) { found++; k[1]++; } else missed.add(v);
        }
        int flagged = 0;
        List<String> flaggedExamples = new ArrayList<>();
        for (String name : unlisted) {
            List<NameMatch> m = index.match(name, null);
            if (!m.isEmpty()) {
                flagged++;
                if (flaggedExamples.size() < 20) flaggedExamples.add(name + " ~ " + m.getFirst().matchedName() + " (" + m.getFirst().score() + ")");
            }
        }
        return new Report(variants.size(), found, byKind, unlisted.size(), flagged, missed, flaggedExamples, index.threshold());
    }

    /** Variants of listed names, cycling through the kinds; entries too short to vary are skipped. */
    public static List<Variant> variants(List<WatchList> lists, int count, long seed) {
        List<WatchListEntry> pool = new ArrayList<>();
        for (WatchList l : lists) {
            for (WatchListEntry e : l.entries()) {
                if (letters(e.name()) >= 6) pool.add(e);
            }
        }
        Random rnd = new Random(seed);
        List<Variant> out = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 50 && !pool.isEmpty()) {
            Kind kind = kinds[out.size() % kinds.length];
            WatchListEntry e = pool.get(rnd.nextInt(pool.size()));
            String v = vary(kind, e, rnd);
            if (v != null && !v.equalsIgnoreCase(e.name())) out.add(new Variant(kind, v, e.list(), e.entryId(), e.name()));
        }
        return out;
    }

    static String vary(Kind kind, WatchListEntry e, Random rnd) {
        List<String> words = new ArrayList<>(List.of(e.name().replace(",", " ").trim().split("\\s+")));
        return switch (kind) {
            case TYPO -> {
                List<Integer> longWords = indexes(words, 5);
                if (longWords.isEmpty()) yield null;
                int w = longWords.get(rnd.nextInt(longWords.size()));
                words.set(w, typo(words.get(w), rnd));
                yield String.join(" ", words);
            }
            case WORD_ORDER -> {
                if (words.size() < 2) yield null;
                java.util.Collections.reverse(words);
                yield String.join(" ", words);
            }
            case INITIALS -> {
                if (!e.kind().equals("individual") || words.size() < 3) yield null;
                // "AL ZAWAHIRI, Dr. Ayman" → given names as initials: the words after the comma
                String[] parts = e.name().split(",", 2);
                if (parts.length < 2) {
                    words.set(0, words.get(0).charAt(0) + ".");
                    yield String.join(" ", words);
                }
                List<String> given = new ArrayList<>(List.of(parts[1].trim().split("\\s+")));
                if (given.size() < 2) yield null;
                given.set(given.size() - 1, given.getLast().charAt(0) + ".");
                yield String.join(" ", given) + " " + parts[0].trim();
            }
            case TRANSLITERATION -> {
                for (int tries = 0; tries < 6; tries++) {
                    int w = rnd.nextInt(words.size());
                    String t = transliterate(words.get(w), rnd);
                    if (t != null) { words.set(w, t); yield String.join(" ", words); }
                }
                yield null;
            }
            case LEGAL_FORM -> {
                String[] forms = {"Ltd", "LLC", "Co., Ltd.", "GmbH", "S.A.", "OOO", "Inc.", "Limited", "JSC", "S.A. de C.V."};
                if (e.kind().equals("individual")) yield null;
                List<String> kept = new ArrayList<>();
                for (String w : words) if (!NameNormaliser.LEGAL_FORMS.contains(String.join("", NameNormaliser.rawTokens(w)))) kept.add(w);
                if (kept.isEmpty()) yield null;
                yield String.join(" ", kept) + " " + forms[rnd.nextInt(forms.length)];
            }
            case DIACRITICS -> {
                String accented = accent(e.name(), rnd);
                yield accented.equals(e.name()) ? null : accented.toLowerCase(Locale.ROOT);
            }
            case ALIAS -> {
                if (e.aliases().isEmpty()) yield null;
                String a = e.aliases().get(rnd.nextInt(e.aliases().size()));
                if (letters(a) < 6) yield null;
                yield a;
            }
        };
    }

    private static List<Integer> indexes(List<String> words, int minLength) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) if (letters(words.get(i)) >= minLength) out.add(i);
        return out;
    }

    /** One slip of the keyboard: a letter dropped, doubled, swapped with its neighbour, or wrong. */
    static String typo(String w, Random rnd) {
        int i = 1 + rnd.nextInt(w.length() - 2);
        char[] c = w.toCharArray();
        return switch (rnd.nextInt(4)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + c[i] + w.substring(i);
            case 2 -> { char t = c[i]; c[i] = c[i + 1]; c[i + 1] = t; yield new String(c); }
            default -> { c[i] = (char) ('A' + rnd.nextInt(26)); yield new String(c); }
        };
    }

    private static final String[][] TRANSLITERATIONS = {
            {"MOHAMMED", "MUHAMMAD"}, {"MUHAMMAD", "MOHAMED"}, {"MOHAMMAD", "MUHAMMED"}, {"AHMAD", "AHMED"}, {"AHMED", "AHMAD"},
            {"YOUSSEF", "YUSUF"}, {"YUSUF", "JUSUF"}, {"OU", "U"}, {"KH", "H"}, {"SH", "SCH"}, {"Y", "I"}, {"IY", "Y"},
            {"PH", "F"}, {"Q", "K"}, {"J", "DJ"}, {"CH", "TCH"}, {"EE", "I"}, {"OO", "U"}, {"V", "W"}, {"W", "V"},
            {"X", "KS"}, {"C", "K"}, {"ZH", "J"}, {"TS", "TZ"}, {"I", "Y"}, {"U", "OU"}, {"E", "A"}};

    static String transliterate(String w, Random rnd) {
        String up = w.toUpperCase(Locale.ROOT);
        if (letters(up) < 4) return null;
        int start = rnd.nextInt(TRANSLITERATIONS.length);
        for (int k = 0; k < TRANSLITERATIONS.length; k++) {
            String[] r = TRANSLITERATIONS[(start + k) % TRANSLITERATIONS.length];
            int at = up.indexOf(r[0], 1);
            if (at > 0) return up.substring(0, at) + r[1] + up.substring(at + r[0].length());
        }
        return null;
    }

    private static String accent(String s, Random rnd) {
        String from = "AEIOUCNSZaeioucnsz";
        String[] to = {"ÁÀÄ", "ÉÈË", "ÍÎ", "ÓÖØ", "ÚÜ", "Ç", "Ñ", "Š", "Ž", "áàä", "éèë", "íî", "óöø", "úü", "ç", "ñ", "š", "ž"};
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = from.indexOf(c);
            if (k >= 0 && rnd.nextInt(3) == 0) b.append(to[k].charAt(rnd.nextInt(to[k].length())));
            else b.append(c);
        }
        return b.toString();
    }

    /** Real-looking people and companies from the bundled name parts that appear on no list. */
    public static List<String> unlistedNames(List<WatchList> lists, int count, long seed) {
        Set<String> listed = new HashSet<>();
        for (WatchList l : lists) {
            for (WatchListEntry e : l.entries()) {
                listed.addAll(NameNormaliser.rawTokens(e.name()));
                for (String a : e.aliases()) listed.addAll(NameNormaliser.rawTokens(a));
            }
        }
        Map<String, List<String>> parts = nameParts();
        List<String> given = unlisted(parts.get("given"), listed);
        List<String> family = unlisted(parts.get("family"), listed);
        List<String> company = unlisted(parts.get("company"), listed);
        String[] forms = {"Ltd", "LLC", "GmbH", "S.A.", "B.V.", "S.r.l.", "Co., Ltd.", "Inc.", "AB", "Oy", "Sp. z o.o.", ""};
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        Set<String> out = new java.util.LinkedHashSet<>();
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 20) {
            String f = pick(family, rnd), g = pick(given, rnd);
            String name = switch (rnd.nextInt(6)) {
                case 0 -> g + " " + f;
                case 1 -> g + " " + pick(given, rnd) + " " + f;
                case 2 -> f.toUpperCase(Locale.ROOT) + ", " + g;
                case 3 -> g.charAt(0) + ". " + f;
                case 4 -> f + " " + pick(company, rnd) + " " + forms[rnd.nextInt(forms.length)];
                default -> f + " & " + pick(family, rnd) + " " + pick(company, rnd) + " " + forms[rnd.nextInt(forms.length)];
            };
            out.add(name.trim());
        }
        return List.copyOf(out);
    }

    private static List<String> unlisted(List<String> parts, Set<String> listed) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            List<String> t = NameNormaliser.rawTokens(p);
            if (!t.isEmpty() && t.stream().noneMatch(listed::contains)) out.add(p);
        }
        return out;
    }

    private static String pick(List<String> l, Random rnd) { return l.get(rnd.nextInt(l.size())); }

    static Map<String, List<String>> nameParts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        try (InputStream in = ScreeningEvaluation.class.getResourceAsStream(NAME_PARTS)) {
            if (in == null) throw new IllegalStateException(NAME_PARTS + " is missing from the core jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) { current = parts.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>()); continue; }
                if (current != null) current.addAll(List.of(line.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static int letters(String s) { return (int) s.chars().filter(Character::isLetterOrDigit).count(); }
}
