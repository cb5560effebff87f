package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearway.core.reference.CurrencyCode;

/**
 * Reads rate-of-duty texts into {@link DutyExpression}s: the US HTS's ("6.5%", "2.8¢/kg + 5%",
 * "$1.35/kg on drained weight", "Free", "4 1/2%", "... but not less than ...") and the neutral
 * format's own syntax (what {@link DutyExpression#text()} writes). Amounts in ¢ are converted to
 * dollars exactly (1.5¢ = 0.015 USD). A text it cannot read is answered empty, never guessed.
 */
public final class RateTextParser {
    private static final CurrencyCode USD = new CurrencyCode("USD");
    private static final Pattern PERCENT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?(?: \\d+/\\d+)?|\\d+/\\d+) ?%(?: (?:on|of) (?:the )?(.+))?");
    private static final Pattern US_SPECIFIC = Pattern.compile(
            "(?:\\$ ?(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?(?: \\d+/\\d+)?|\\d+/\\d+) ?¢) ?(?:(each)(?: (?:on|of) (?:the )?(.+))?|/ ?(.+))");
    private static final Pattern NEUTRAL_SPECIFIC = Pattern.compile(
            "(\\d+(?:\\.\\d+)?) ([A-Z]{3})/([A-Z0-9]{2,3})(?: \\[(.+)])?");
    private static final Pattern NEUTRAL_PERCENT_BASIS = Pattern.compile("(\\d+(?:\\.\\d+)?)% \\[(.+)]");
    private static final Pattern MIN_MAX = Pattern.compile("(max|min)\\((.+) ; (.+)\\)");
    private static final Pattern BASIS = Pattern.compile(",? ?((?:on|of|including|over) (?:the )?.+)");
    private static final Pattern PERCENT_OF = Pattern.compile("(\\d+(?:\\.\\d+)?) percent of (?:the )?(.+)");
    private static final Pattern HTML_SUP = Pattern.compile("(?i)<sup[^>]*>\\s*([23])\\s*</sup>");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PROGRAMME = Pattern.compile("[A-Z]{1,2}[+*]?");
    private static final Pattern REFERENCE = Pattern.compile("ref\\((.+)\\)");

    /** US unit words, longest first so "pf. liter" wins over "liter", to UN/ECE Rec. 20 codes and a basis. */
    private static final String[][] UNITS = {
            {"1,000 pins", "MIL", "pins"}, {"1,000", "MIL", ""}, {"1000", "MIL", ""},
            {"pf. liter", "PFL", ""}, {"pf.liter", "PFL", ""}, {"clean kg", "KGM", "clean"},
            {"lin. m", "MTR", ""}, {"liter", "LTR", ""}, {"kg", "KGM", ""}, {"pr.", "PR", ""},
            {"doz.", "DZN", ""}, {"m2", "MTK", ""}, {"m3", "MTQ", ""}, {"bbl", "BLL", ""},
            {"gross", "GRO", ""}, {"jewel", "NAR", "jewel"}, {"head", "NAR", "head"},
            {"thousand", "MIL", ""}, {"thou- sand", "MIL", ""}, {"article", "NAR", ""},
            {"pack", "NAR", "pack"}, {"t", "TNE", ""}, {"g", "GRM", ""}, {"m", "MTR", ""},
    };

    private RateTextParser() {}

    /** Tidies a rate text as published: HTML tags and their superscripts, line breaks, doubled spaces. */
    public static String normalise(String text) {
        if (text == null) return "";
        String t = text;
        if (t.indexOf('<') >= 0) t = HTML_TAG.matcher(HTML_SUP.matcher(t).replaceAll("$1")).replaceAll(" ");
        t = t.replace("²", "2").replace("³", "3").replace('\u00a0', ' ');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** The expression a whole rate text (general or column 2 rate, or one part of a special rate) stands for. */
    public static Optional<DutyExpression> parse(String text) {
        try {
            return parseNormalised(normalise(text));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty(); // "1/0 %", a number too large for a decimal: not a rate
        }
    }

    private static Optional<DutyExpression> parseNormalised(String t) {
        if (t.isEmpty()) return Optional.empty();
        if (isReference(t)) return Optional.of(new DutyExpression.Reference(t));
        Matcher mm = MIN_MAX.matcher(t);
        if (mm.matches()) {
            Optional<DutyExpression> a = parse(mm.group(2));
            Optional<DutyExpression> b = parse(mm.group(3));
            if (a.isEmpty() || b.isEmpty()) return Optional.empty();
            return Optional.of(mm.group(1).equals("max") ? new DutyExpression.AtLeast(a.get(), b.get())
                    : new DutyExpression.AtMost(a.get(), b.get()));
        }
        Matcher ref = REFERENCE.matcher(t);
        if (ref.matches()) return Optional.of(new DutyExpression.Reference(ref.group(1)));
        for (String[] bound : new String[][] {{" but not less than ", "min"}, {" but not more than ", "max"}}) {
            int at = t.indexOf(bound[0]);
            if (at > 0) {
                Optional<DutyExpression> duty = parse(t.substring(0, at));
                Optional<DutyExpression> limit = parse(t.substring(at + bound[0].length()));
                if (duty.isEmpty() || limit.isEmpty()) return Optional.empty();
                return Optional.of(bound[1].equals("min") ? new DutyExpression.AtLeast(duty.get(), limit.get())
                        : new DutyExpression.AtMost(duty.get(), limit.get()));
            }
        }
        List<DutyExpression> parts = new ArrayList<>();
        for (String part : t.split("\\+", -1)) {
            Optional<DutyExpression> term = term(part.strip());
            if (term.isEmpty()) return Optional.empty();
            parts.add(term.get());
        }
        if (parts.size() == 1) return Optional.of(parts.getFirst());
        return Optional.of(new DutyExpression.Compound(parts));
    }

    /** Texts that name a rate found elsewhere rather than state one. */
    private static boolean isReference(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.equals("no change") || l.startsWith("the ") || l.startsWith("see ") || l.startsWith("a duty ")
                || l.startsWith("free, ");
    }

    private static Optional<DutyExpression> term(String t) {
        if (t.equalsIgnoreCase("free")) return Optional.of(new DutyExpression.Free());
        Matcher p = PERCENT.matcher(t);
        if (p.matches()) return Optional.of(new DutyExpression.AdValorem(number(p.group(1)), p.group(2)));
        Matcher po = PERCENT_OF.matcher(t);
        if (po.matches()) return Optional.of(new DutyExpression.AdValorem(new BigDecimal(po.group(1)), po.group(2)));
        Matcher np = NEUTRAL_PERCENT_BASIS.matcher(t);
        if (np.matches()) return Optional.of(new DutyExpression.AdValorem(new BigDecimal(np.group(1)), np.group(2)));
        Matcher n = NEUTRAL_SPECIFIC.matcher(t);
        if (n.matches()) {
            return Optional.of(new DutyExpression.Specific(new BigDecimal(n.group(1)), new CurrencyCode(n.group(2)), n.group(3), n.group(4)));
        }
        Matcher s = US_SPECIFIC.matcher(t);
        if (!s.matches()) return Optional.empty();
        BigDecimal dollars = s.group(1) != null ? new BigDecimal(s.group(1)) : number(s.group(2)).movePointLeft(2);
        if (s.group(3) != null) {
            return Optional.of(new DutyExpression.Specific(dollars, USD, "NAR", s.group(4)));
        }
        String unitText = s.group(5).strip();
        for (String[] unit : UNITS) {
            if (!unitText.startsWith(unit[0])) continue;
            String rest = unitText.substring(unit[0].length()).strip();
            String basis = unit[2];
            if (!rest.isEmpty()) {
                Matcher b = BASIS.matcher(rest);
                if (!b.matches()) return Optional.empty();
                String more = b.group(1).replaceFirst("^(on|of) (the )?", "");
                basis = (basis.isEmpty() ? "" : basis + ", ") + more;
            }
            return Optional.of(new DutyExpression.Specific(dollars, USD, unit[1], basis));
        }
        return Optional.empty();
    }

    /** "6.5", "4 1/2" (a mixed fraction) or "1/2", exactly. */
    private static BigDecimal number(String text) {
        String[] whole = text.split(" ");
        if (whole.length == 2) return new BigDecimal(whole[0]).add(fraction(whole[1]));
        return text.contains("/") ? fraction(text) : new BigDecimal(text);
    }

    private static BigDecimal fraction(String text) {
        String[] f = text.split("/");
        return new BigDecimal(f[0]).divide(new BigDecimal(f[1]), MathContext.DECIMAL64).stripTrailingZeros();
    }

    /** One preferential rate of a special rate text: the expression and the programme codes it is for. */
    public record SpecialRate(DutyExpression expression, List<String> programmes) {
        public SpecialRate { programmes = List.copyOf(programmes); }
    }

    /**
     * A special rate text such as {@code Free (A+,AU,BH) 3.2% (JP) See 9823.xx (S+)}: each expression
     * followed by its programme codes in parentheses. Empty when any part cannot be read.
     */
    public static Optional<List<SpecialRate>> parseSpecial(String text) {
        String t = normalise(text);
        if (t.isEmpty()) return Optional.of(List.of());
        if (t.indexOf('(') < 0) {
            // "No change" (chapter 99) or a bare "Free": a rate that names no programme, so it applies to no origin.
            return parse(t).map(e -> List.of(new SpecialRate(e, List.of())));
        }
        List<SpecialRate> rates = new ArrayList<>();
        int from = 0;
        while (from < t.length()) {
            int open = t.indexOf('(', from);
            if (open < 0) return Optional.empty();
            int close = t.indexOf(')', open);
            if (close < 0) return Optional.empty();
            Optional<DutyExpression> e = parse(t.substring(from, open));
            if (e.isEmpty()) return Optional.empty();
            List<String> codes = new ArrayList<>();
            for (String code : t.substring(open + 1, close).split(",")) {
                String c = code.strip();
                if (c.isEmpty()) continue; // "BH,,CL": a doubled comma in the published text
                if (!PROGRAMME.matcher(c).matches()) return Optional.empty();
                codes.add(c);
            }
            rates.add(new SpecialRate(e.get(), codes));
            from = close + 1;
            while (from < t.length() && t.charAt(from) == ' ') from++;
        }
        return Optional.of(rates);
    }
}
