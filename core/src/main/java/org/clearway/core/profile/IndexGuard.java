package org.clearway.core.profile;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
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

    /** The keys, or an empty set when the expression yields none. */
    static Set<String> of(CelExpr expr) {
        Set<String> keys = guard(expr, Map.of());
        return keys == null ? Set.of() : keys;
    }

    /** null: no guard. Bindings map a comprehension variable to what it ranges over: hs, origin or item. */
    private static Set<String> guard(CelExpr e, Map<String, String> bound) {
        return switch (e.getKind()) {
            case CALL -> call(e.call(), bound);
            case COMPREHENSION -> exists(e.comprehension(), bound);
            default -> null;
        };
    }

    private static Set<String> call(CelExpr.CelCall c, Map<String, String> bound) {
        List<CelExpr> args = c.args();
        switch (c.function()) {
            case "_&&_" -> {
                Set<String> best = null;
                for (CelExpr a : args) {
                    Set<String> g = guard(a, bound);
                    if (g != null && (best == null || rank(g) < rank(best))) best = g;
                }
                return best;
            }
            case "_||_" -> {
                Set<String> union = new LinkedHashSet<>();
                for (CelExpr a : args) {
                    Set<String> g = guard(a, bound);
                    if (g == null) return null;
                    union.addAll(g);
                }
                return union;
            }
            case "_==_" -> {
                if (args.size() != 2) return null;
                String k = key(args.get(0), args.get(1), bound);
                if (k == null) k = key(args.get(1), args.get(0), bound);
                return k == null ? null : Set.of(k);
            }
            case "startsWith" -> {
                if (c.target().isEmpty() || args.size() != 1 || !"hs".equals(field(c.target().get(), bound))) return null;
                String prefix = text(args.get(0));
                return prefix == null || prefix.isEmpty() ? null : Set.of("hs=" + prefix);
            }
            case "@in" -> {
                if (args.size() != 2) return null;
                String value = text(args.get(0));
                CelExpr range = args.get(1);
                if (value != null && range.getKind() == CelExpr.ExprKind.Kind.IDENT) {
                    return switch (range.ident().name()) {
                        case "origins" -> Set.of("origin=" + value);
                        case "hsCodes" -> Set.of("hs=" + value);
                        default -> null;
                    };
                }
                String f = field(args.get(0), bound);
                if (f == null || range.getKind() != CelExpr.ExprKind.Kind.LIST) return null;
                Set<String> keys = new LinkedHashSet<>();
                for (CelExpr element : range.list().elements()) {
                    String v = text(element);
                    if (v == null) return null;
                    keys.add(f + "=" + v);
                }
                return keys.isEmpty() ? null : keys;
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code list.exists(x, predicate)}: CEL expands it to a fold whose step is {@code accu || predicate}. */
    private static Set<String> exists(CelExpr.CelComprehension c, Map<String, String> bound) {
        CelExpr step = c.loopStep();
        if (step.getKind() != CelExpr.ExprKind.Kind.CALL || !step.call().function().equals("_||_")) return null;
        if (c.iterRange().getKind() != CelExpr.ExprKind.Kind.IDENT) return null;
        String ranges = switch (c.iterRange().ident().name()) {
            case "hsCodes" -> "hs";
            case "origins" -> "origin";
            case "items" -> "item";
            default -> null;
        };
        if (ranges == null) return null;
        CelExpr predicate = null;
        for (CelExpr a : step.call().args()) {
            boolean isAccu = a.getKind() == CelExpr.ExprKind.Kind.IDENT && a.ident().name().equals(c.accuVar());
            if (!isAccu) predicate = a;
        }
        if (predicate == null) return null;
        Map<String, String> inner = new HashMap<>(bound);
        inner.put(c.iterVar(), ranges);
        return guard(predicate, inner);
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

    private static String text(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.STRING_VALUE
                ? e.constant().stringValue() : null;
    }

    /** Lower is more selective: a party or a 4+ digit HS prefix beats a chapter, an origin, an office, a type. */
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
