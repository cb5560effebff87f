package org.clearway.core.profile;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads from a profile's expression the index keys of which at least one must be among a
 * declaration's facts for the expression to be true, so that most profiles are never evaluated.
 *
 * <p>Only forms whose meaning is certain are read: equality of {@code office}, {@code type},
 * {@code declarant}, {@code importer}, {@code exporter} with a text; {@code x in [..]};
 * {@code "CN" in origins}; {@code startsWith} or equality on an HS code, chapter or heading; and
 * {@code exists} over {@code hsCodes}, {@code origins} or {@code items}. Of a conjunction ({@code &&})
 * the most selective part is used; a disjunction ({@code ||}) needs keys in every branch. Anything
 * else gives no keys, and the profile is evaluated for every declaration in scope: the index can
 * make assessment faster, never different.
 */
final class IndexGuard {
    private static final Set<String> PLAIN_FIELDS = Set.of("office", "type", "declarant", "importer", "exporter");
    private static final Set<String> HS_ITEM_FIELDS = Set.of("hs", "chapter", "heading");

    private IndexGuard() {}

    /** Every need the expression states, in no particular order; empty when it states none that can be read. */
    static List<Need> needs(CelExpr expr) {
        return needs(expr, Map.of());
    }

    /** The most selective need, used to file the profile in the index; null when there is none. */
    static Need best(List<Need> needs) {
        Need best = null;
        for (Need n : needs) if (best == null || rank(n) < rank(best)) best = n;
        return best;
    }

    /** The keys of the best need, or an empty set: what tests and the index look at. */
    static Set<String> of(CelExpr expr) {
        return best(needs(expr)) instanceof Need.AnyKey(var keys, _) ? keys : Set.of();
    }

    /** Bindings map a comprehension variable to what it ranges over: hs, origin or item. */
    private static List<Need> needs(CelExpr e, Map<String, String> bound) {
        return switch (e.getKind()) {
            case CALL -> call(e.call(), bound);
            case COMPREHENSION -> exists(e.comprehension(), bound);
            default -> List.of();
        };
    }

    private static List<Need> keys(Set<String> keys) { return List.of(new Need.AnyKey(keys)); }

    private static List<Need> call(CelExpr.CelCall c, Map<String, String> bound) {
        List<CelExpr> args = c.args();
        switch (c.function()) {
            case "_&&_" -> {
                List<Need> all = new ArrayList<>();
                for (CelExpr a : args) all.addAll(needs(a, bound));
                return all;
            }
            case "_||_" -> {
                // each branch must name keys; the need is then one of all their keys
                Set<String> union = new LinkedHashSet<>();
                for (CelExpr a : args) {
                    Need best = best(needs(a, bound));
                    if (!(best instanceof Need.AnyKey(var k, _))) return List.of();
                    union.addAll(k);
                }
                return keys(union);
            }
            case "_==_" -> {
                if (args.size() != 2) return List.of();
                String k = key(args.get(0), args.get(1), bound);
                if (k == null) k = key(args.get(1), args.get(0), bound);
                return k == null ? List.of() : keys(Set.of(k));
            }
            case "_>_", "_>=_" -> {
                if (args.size() != 2 || !bound.isEmpty() || !isIdent(args.get(0), "invoiceTotal")) return List.of();
                Double min = number(args.get(1));
                return min == null ? List.of() : List.of(new Need.TotalAbove(min, c.function().equals("_>=_")));
            }
            case "startsWith" -> {
                if (c.target().isEmpty() || args.size() != 1 || !"hs".equals(field(c.target().get(), bound))) return List.of();
                String prefix = text(args.get(0));
                return prefix == null || prefix.isEmpty() ? List.of() : keys(Set.of("hs=" + prefix));
            }
            case "@in" -> {
                if (args.size() != 2) return List.of();
                String value = text(args.get(0));
                CelExpr range = args.get(1);
                if (value != null && range.getKind() == CelExpr.ExprKind.Kind.IDENT) {
                    return switch (range.ident().name()) {
                        case "origins" -> keys(Set.of("origin=" + value));
                        case "hsCodes" -> keys(Set.of("hs=" + value));
                        default -> List.of();
                    };
                }
                String f = field(args.get(0), bound);
                if (f == null || range.getKind() != CelExpr.ExprKind.Kind.LIST) return List.of();
                Set<String> keys = new LinkedHashSet<>();
                for (CelExpr element : range.list().elements()) {
                    String v = text(element);
                    if (v == null) return List.of();
                    keys.add(f + "=" + v);
                }
                return keys.isEmpty() ? List.of() : keys(keys);
            }
            default -> {
                return List.of();
            }
        }
    }

    /** {@code list.exists(x, predicate)}: CEL expands it to a fold whose step is {@code accu || predicate}. */
    private static List<Need> exists(CelExpr.CelComprehension c, Map<String, String> bound) {
        CelExpr step = c.loopStep();
        if (step.getKind() != CelExpr.ExprKind.Kind.CALL || !step.call().function().equals("_||_")) return List.of();
        if (c.iterRange().getKind() != CelExpr.ExprKind.Kind.IDENT) return List.of();
        String ranges = switch (c.iterRange().ident().name()) {
            case "hsCodes" -> "hs";
            case "origins" -> "origin";
            case "items" -> "item";
            default -> null;
        };
        if (ranges == null) return List.of();
        CelExpr predicate = null;
        for (CelExpr a : step.call().args()) {
            boolean isAccu = a.getKind() == CelExpr.ExprKind.Kind.IDENT && a.ident().name().equals(c.accuVar());
            if (!isAccu) predicate = a;
        }
        if (predicate == null) return List.of();
        Map<String, String> inner = new HashMap<>(bound);
        inner.put(c.iterVar(), ranges);
        // needs inside the predicate hold for some item, so they hold for the declaration;
        // a total compared inside the loop is not the declaration's total
        return needs(predicate, inner).stream().filter(n -> n instanceof Need.AnyKey).toList();
    }

    private static String key(CelExpr term, CelExpr constant, Map<String, String> bound) {
        String f = field(term, bound);
        String v = text(constant);
        return f == null || v == null || v.isEmpty() ? null : f + "=" + v;
    }

    /** Which fact a term names: office, type, a party, hs (a code, chapter or heading) or origin; null otherwise. */
    private static String field(CelExpr e, Map<String, String> bound) {
        if (e.getKind() == CelExpr.ExprKind.Kind.IDENT) {
            String name = e.ident().name();
            String b = bound.get(name);
            if (b != null) return b.equals("item") ? null : b;
            return PLAIN_FIELDS.contains(name) ? name : null;
        }
        if (e.getKind() == CelExpr.ExprKind.Kind.SELECT) {
            CelExpr operand = e.select().operand();
            if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT || !"item".equals(bound.get(operand.ident().name()))) return null;
            String f = e.select().field();
            if (HS_ITEM_FIELDS.contains(f)) return "hs";
            return f.equals("origin") ? "origin" : null;
        }
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL && e.call().function().equals("_[_]") && e.call().args().size() == 2) {
            // item["hs"] is the same as item.hs
            CelExpr operand = e.call().args().get(0);
            String f = text(e.call().args().get(1));
            if (f == null || operand.getKind() != CelExpr.ExprKind.Kind.IDENT || !"item".equals(bound.get(operand.ident().name()))) return null;
            if (HS_ITEM_FIELDS.contains(f)) return "hs";
            return f.equals("origin") ? "origin" : null;
        }
        return null;
    }

    private static boolean isIdent(CelExpr e, String name) {
        return e.getKind() == CelExpr.ExprKind.Kind.IDENT && e.ident().name().equals(name);
    }

    private static Double number(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) return null;
        return switch (e.constant().getKind()) {
            case DOUBLE_VALUE -> e.constant().doubleValue();
            default -> null;
        };
    }

    private static String text(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.STRING_VALUE
                ? e.constant().stringValue() : null;
    }

    /** Lower is more selective: a party or a 4+ digit HS prefix beats a chapter, an origin, a total, an office, a type. */
    private static int rank(Need need) {
        return switch (need) {
            case Need.TotalAbove t -> 2500;
            case Need.AnyKey(var keys, _) -> rank(keys);
        };
    }

    private static int rank(Set<String> keys) {
        int worst = 0;
        for (String k : keys) {
            int r;
            if (k.startsWith("hs=")) r = k.length() - 3 >= 4 ? 0 : k.length() - 3 >= 2 ? 1 : 4;
            else if (k.startsWith("declarant=") || k.startsWith("importer=") || k.startsWith("exporter=")) r = 0;
            else if (k.startsWith("origin=")) r = 2;
            else if (k.startsWith("office=")) r = 3;
            else r = 5;
            worst = Math.max(worst, r);
        }
        return worst * 1000 + keys.size();
    }
}
