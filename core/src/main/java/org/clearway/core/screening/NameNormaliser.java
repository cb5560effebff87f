package org.clearway.core.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a name as written (on a declaration or a watch list) into comparable tokens: lower case,
 * diacritics removed (NFKD), letters outside Latin folded (ß → ss, ø → o, ł → l ...), dots and
 * apostrophes dropped so that "S.A." and "SA", "GAMA'AT" and "GAMAAT" agree, other punctuation a
 * word break, and the noise words that say nothing about who it is (legal forms such as LTD, LLC,
 * CO., GMBH, S.A., OOO; honorifics such as DR, MR) left out. Word order is not kept meaningful:
 * the matcher compares tokens as a set.
 */
public final class NameNormaliser {
    /** Legal forms and company-type words in the languages traders write; dotted forms arrive undotted. */
    static final Set<String> LEGAL_FORMS = Set.of(
            "ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated", "corp", "corporation", "co", "company",
            "gmbh", "mbh", "ag", "kg", "ohg", "ug", "sa", "sas", "sarl", "sl", "srl", "spa", "sro", "as", "asa", "ab",
            "oy", "oyj", "bv", "nv", "cv", "de", "sade", "ooo", "zao", "oao", "pao", "ao", "ojsc", "cjsc", "jsc", "pjsc",
            "tov", "pte", "pty", "pvt", "private", "bhd", "sdn", "kft", "zrt", "doo", "ad", "eood", "ltda", "sapi",
            "fzco", "fze", "fzc", "fzllc", "dmcc", "wll", "liability", "joint", "stock", "the", "and", "et", "cie", "sociedad", "anonima", "sp", "zoo", "oo");
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "hajji", "haji", "sheikh", "shaykh");

    private NameNormaliser() {}

    /** The tokens of a name, noise words left out; when only noise words remain they are kept. */
    public static List<String> tokens(String name) {
        List<String> all = rawTokens(name);
        List<String> kept = new ArrayList<>(all.size());
        for (String t : all) if (!LEGAL_FORMS.contains(t) && !HONORIFICS.contains(t) && !misspeltLegalForm(t)) kept.add(t);
        return kept.isEmpty() ? all : kept;
    }

    /** Long legal-form words survive a typo ("LIMTED", "COMPANI") and are still noise. */
    private static final String[] LONG_LEGAL_FORMS = {"limited", "company", "corporation", "incorporated", "liability"};

    static boolean misspeltLegalForm(String t) {
        if (t.length() < 6 || t.length() > 13) return false;
        for (String f : LONG_LEGAL_FORMS) {
            if (Math.abs(f.length() - t.length()) <= 1 && t.charAt(0) == f.charAt(0) && TokenSimilarity.jaroWinkler(t, f) >= 0.86) return true;
        }
        return false;
    }

    /** The name in one canonical spelling: its tokens joined by single spaces. */
    public static String canonical(String name) { return String.join(" ", tokens(name)); }

    /** Lower-case ASCII letters and digits split on everything else, nothing left out. */
    static List<String> rawTokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) return out;
        return isAscii(name) ? asciiTokens(name, out) : unicodeTokens(name, out);
    }

    /** {@link #rawTokens} for any text: decomposed, marks dropped, letters outside Latin folded. */
    static List<String> unicodeTokens(String name, List<String> out) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) continue;
            if (c == '.' || c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc' || c == '\u00b4') continue;
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) { word.append(lower); continue; }
            String folded = fold(lower);
            if (folded == null) {
                if (!word.isEmpty()) { out.add(word.toString()); word.setLength(0); }
            } else {
                word.append(folded);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }

    /**
     * {@link #rawTokens} for ASCII text (most names): its own NFKD form, with no marks to drop and
     * nothing to fold, so each character is a letter or digit kept (lower case), a dot or apostrophe
     * dropped, or a word break. The same tokens, without the Unicode look-ups per character.
     */
    static List<String> asciiTokens(String name, List<String> out) {
        int n = name.length();
        char[] word = new char[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word[len++] = c;
            else if (c >= 'A' && c <= 'Z') word[len++] = (char) (c + ('a' - 'A'));
            else if (c == '.' || c == '\'' || c == '`') continue;
            else if (len > 0) { out.add(new String(word, 0, len)); len = 0; }
        }
        if (len > 0) out.add(new String(word, 0, len));
        return out;
    }

    /** ASCII text is its own NFKD form: most names are, and skip the decomposition. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** A letter or digit in ASCII, or null for a word break. */
    private static String fold(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return String.valueOf(c);
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : null;
        };
    }

    /**
     * A phonetic skeleton of one token that spellings from different transliterations share:
     * Mohammed, Muhammad and Mohamad all become "mhmd"; Youssef, Yusuf and Jusuf become "ysf".
     * Vowels after the first letter go, look-alike consonants merge, doubled letters collapse.
     */
    public static String skeleton(String token) {
        String t = token;
        t = t.replace("sch", "s").replace("tch", "c").replace("dzh", "j").replace("dj", "j").replace("zh", "j")
                .replace("kh", "h").replace("gh", "g").replace("ph", "f").replace("th", "t").replace("dh", "d")
                .replace("sh", "s").replace("ch", "c").replace("ck", "k").replace("ts", "c").replace("tz", "c")
                .replace("ks", "x").replace("ou", "u");
        StringBuilder s = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = switch (t.charAt(i)) {
                case 'q', 'c' -> 'k';
                case 'w' -> 'v';
                case 'z' -> 's';
                case 'j', 'y', 'i', 'e' -> i == 0 ? 'y' : 'a';
                case 'o', 'u' -> i == 0 ? 'a' : 'a';
                default -> t.charAt(i);
            };
            if (i > 0 && c == 'a') continue;
            if (!s.isEmpty() && s.charAt(s.length() - 1) == c) continue;
            s.append(c);
        }
        return s.toString();
    }
}
