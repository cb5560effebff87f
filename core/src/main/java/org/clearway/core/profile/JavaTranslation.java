package org.clearway.core.profile;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.clearway.core.profile.JavaExpression.Condition;
import org.clearway.core.profile.JavaExpression.Count;
import org.clearway.core.profile.JavaExpression.Number;
import org.clearway.core.profile.JavaExpression.Order;
import org.clearway.core.profile.JavaExpression.Range;
import org.clearway.core.profile.JavaExpression.Text;
import org.clearway.core.profile.JavaExpression.TextTest;

/**
 * Compiles the shapes of CEL that analysts write from the checked expression into a
 * {@link JavaExpression}: comparisons of texts ({@code ==}, {@code !=}, {@code startsWith},
 * {@code endsWith}, {@code contains}), of doubles ({@code <}, {@code <=}, {@code >}, {@code >=}, with
 * {@code + - * /} and negation) and of sizes; {@code in} a list of texts, {@code origins} or
 * {@code hsCodes}; {@code && || !}; {@code has(i.field)}; {@code exists} and {@code all} over
 * {@code hsCodes}, {@code origins} and {@code items} with any of these inside; the variables of
 * {@link ProfileLanguage} and the fields of an item. Where the operands' kinds are certain only:
 * an item's field is compiled only where its kind (text or number) fits the operation. Anything
 * else (double equality, ints mixed with doubles, maps, string ordering, other functions and macros)
 * gives nothing, and the whole expression runs in CEL's interpreter.
 */
final class JavaTranslation {
    private JavaTranslation() {}

    /** The expression as Java, or null when some part of it is not one of the shapes compiled. */
    static JavaExpression of(CelExpr expr) {
        Condition c = new Scope(Map.of(), 0).condition(expr);
        return c == null ? null : new JavaExpression(c);
    }

    /** What a loop variable stands for: an item (a map of fields) or a text (a code or an origin). */
    private record Bound(int slot, boolean item) {}

    private record Scope(Map<String, Bound> bound, int depth) {
        Condition condition(CelExpr e) {
            return switch (e.getKind()) {
                case CONSTANT -> e.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE ? new JavaExpression.Constant(e.constant().booleanValue()) : null;
                case IDENT -> !bound.containsKey(e.ident().name()) && e.ident().name().equals("aeo") ? new JavaExpression.Aeo() : null;
                case SELECT -> has(e.select());
                case CALL -> call(e.call());
                case COMPREHENSION -> loop(e.comprehension());
                default -> null;
            };
        }

        private Condition has(CelExpr.CelSelect s) {
            if (!s.testOnly()) return null;
            Bound b = boundItem(s.operand());
            if (b == null) return null;
            boolean known = ItemFacts.TEXTS.contains(s.field()) || ItemFacts.NUMBERS.contains(s.field());
            return known ? new JavaExpression.HasField(b.slot(), s.field()) : new JavaExpression.Constant(false);
        }

        private Condition call(CelExpr.CelCall c) {
            List<CelExpr> args = c.args();
            if (c.target().isPresent()) {
                if (args.size() != 1) return null;
                TextTest test = switch (c.function()) {
                    case "startsWith" -> TextTest.STARTS_WITH;
                    case "endsWith" -> TextTest.ENDS_WITH;
                    case "contains" -> TextTest.CONTAINS;
                    default -> null;
                };
                return test == null ? null : textCompare(test, c.target().get(), args.get(0));
            }
            switch (c.function()) {
                case "!_" -> {
                    Condition a = args.size() == 1 ? condition(args.get(0)) : null;
                    return a == null ? null : new JavaExpression.Not(a);
                }
                case "_&&_", "_||_" -> {
                    if (args.size() != 2) return null;
                    Condition a = condition(args.get(0)), b = condition(args.get(1));
                    if (a == null || b == null) return null;
                    return c.function().equals("_&&_") ? new JavaExpression.And(a, b) : new JavaExpression.Or(a, b);
                }
                case "_==_", "_!=_" -> {
                    if (args.size() != 2) return null;
                    boolean equal = c.function().equals("_==_");
                    Condition t = textCompare(equal ? TextTest.EQUALS : TextTest.NOT_EQUALS, args.get(0), args.get(1));
                    if (t != null) return t;
                    Count x = count(args.get(0)), y = count(args.get(1));
                    if (x != null && y != null) return new JavaExpression.CountCompare(equal ? Order.EQUAL : Order.NOT_EQUAL, x, y);
                    Condition p = condition(args.get(0)), q = condition(args.get(1));
                    return p == null || q == null ? null : new JavaExpression.SameTruth(p, q, equal);
                }
                case "_<_", "_<=_", "_>_", "_>=_" -> {
                    if (args.size() != 2) return null;
                    Order order = switch (c.function()) {
                        case "_<_" -> Order.LESS;
                        case "_<=_" -> Order.LESS_OR_EQUAL;
                        case "_>_" -> Order.GREATER;
                        default -> Order.GREATER_OR_EQUAL;
                    };
                    Number x = number(args.get(0)), y = number(args.get(1));
                    if (x != null && y != null) return new JavaExpression.NumberCompare(order, x, y);
                    Count m = count(args.get(0)), n = count(args.get(1));
                    return m == null || n == null ? null : new JavaExpression.CountCompare(order, m, n);
                }
                case "@in" -> {
                    if (args.size() != 2) return null;
                    Text x = text(args.get(0));
                    if (x == null) return null;
                    CelExpr list = args.get(1);
                    Range r = globalList(list);
                    if (r == Range.HS_CODES || r == Range.ORIGINS) return new JavaExpression.InList(x, r);
                    if (list.getKind() != Kind.LIST) return null;
                    List<String> values = new ArrayList<>();
                    for (CelExpr v : list.list().elements()) {
                        String s = constantText(v);
                        if (s == null) return null;
                        values.add(s);
                    }
                    return new JavaExpression.InTexts(x, values);
                }
                default -> {
                    return null;
                }
            }
        }

        private Condition textCompare(TextTest test, CelExpr a, CelExpr b) {
            Text x = text(a), y = text(b);
            return x == null || y == null ? null : new JavaExpression.TextCompare(test, x, y);
        }

        /** {@code exists} and {@code all} exactly as CEL's macros expand them; any other fold stays in CEL. */
        private Condition loop(CelExpr.CelComprehension c) {
            if (!c.iterVar2().isEmpty() || depth >= JavaExpression.MAX_DEPTH) return null;
            Range range = globalList(c.iterRange());
            if (range == null) return null;
            String accu = c.accuVar();
            if (c.accuInit().getKind() != Kind.CONSTANT || c.accuInit().constant().getKind() != CelConstant.Kind.BOOLEAN_VALUE) return null;
            boolean all = c.accuInit().constant().booleanValue();
            if (!isIdent(c.result(), accu)) return null;
            // exists: while !accu, accu = accu || p; all: while accu, accu = accu && p
            CelExpr cond = c.loopCondition();
            if (cond.getKind() != Kind.CALL || !cond.call().function().equals("@not_strictly_false") || cond.call().args().size() != 1) return null;
            CelExpr watched = cond.call().args().get(0);
            if (all) {
                if (!isIdent(watched, accu)) return null;
            } else if (watched.getKind() != Kind.CALL || !watched.call().function().equals("!_") || watched.call().args().size() != 1
                    || !isIdent(watched.call().args().get(0), accu)) {
                return null;
            }
            CelExpr step = c.loopStep();
            if (step.getKind() != Kind.CALL || !step.call().function().equals(all ? "_&&_" : "_||_") || step.call().args().size() != 2
                    || !isIdent(step.call().args().get(0), accu)) {
                return null;
            }
            Map<String, Bound> inner = new HashMap<>(bound);
            inner.remove(accu);
            inner.put(c.iterVar(), new Bound(depth, range == Range.ITEMS));
            Condition p = new Scope(inner, depth + 1).condition(step.call().args().get(1));
            // the predicate cannot read the accumulator: its name (@result) is not one a person can write
            return p == null ? null : new JavaExpression.Loop(range, depth, p, all);
        }

        Text text(CelExpr e) {
            String s = constantText(e);
            if (s != null) return new JavaExpression.ConstantText(s);
            if (e.getKind() == Kind.IDENT) {
                String name = e.ident().name();
                Bound b = bound.get(name);
                if (b != null) return b.item() ? null : new JavaExpression.BoundText(b.slot());
                int v = DeclarationFacts.TEXT_VARIABLES.indexOf(name);
                return v < 0 ? null : new JavaExpression.Variable(v);
            }
            ItemField f = itemField(e);
            if (f == null || !ItemFacts.TEXTS.contains(f.field())) return null;
            String field = f.field();
            Function<ItemFacts, String> read = item -> item.text(field);
            return new JavaExpression.ItemText(f.slot(), textReader(field, read));
        }

        Number number(CelExpr e) {
            if (e.getKind() == Kind.CONSTANT) {
                return e.constant().getKind() == CelConstant.Kind.DOUBLE_VALUE ? new JavaExpression.ConstantNumber(e.constant().doubleValue()) : null;
            }
            if (e.getKind() == Kind.IDENT) {
                return e.ident().name().equals("invoiceTotal") && !bound.containsKey("invoiceTotal") ? new JavaExpression.InvoiceTotal() : null;
            }
            if (e.getKind() == Kind.CALL && e.call().target().isEmpty()) {
                List<CelExpr> args = e.call().args();
                if (e.call().function().equals("-_") && args.size() == 1) {
                    Number a = number(args.get(0));
                    return a == null ? null : new JavaExpression.Negate(a);
                }
                JavaExpression.Operation op = switch (e.call().function()) {
                    case "_+_" -> JavaExpression.Operation.ADD;
                    case "_-_" -> JavaExpression.Operation.SUBTRACT;
                    case "_*_" -> JavaExpression.Operation.MULTIPLY;
                    case "_/_" -> JavaExpression.Operation.DIVIDE;
                    default -> null;
                };
                if (op != null && args.size() == 2) {
                    Number a = number(args.get(0)), b = number(args.get(1));
                    return a == null || b == null ? null : new JavaExpression.Arithmetic(op, a, b);
                }
            }
            ItemField f = itemField(e);
            if (f == null || !ItemFacts.NUMBERS.contains(f.field())) return null;
            return new JavaExpression.ItemNumber(f.slot(), numberReader(f.field()));
        }

        Count count(CelExpr e) {
            if (e.getKind() == Kind.CONSTANT) {
                return e.constant().getKind() == CelConstant.Kind.INT64_VALUE ? new JavaExpression.ConstantCount(e.constant().int64Value()) : null;
            }
            if (e.getKind() != Kind.CALL || !e.call().function().equals("size")) return null;
            CelExpr of;
            if (e.call().target().isPresent() && e.call().args().isEmpty()) of = e.call().target().get();
            else if (e.call().target().isEmpty() && e.call().args().size() == 1) of = e.call().args().get(0);
            else return null;
            Range r = globalList(of);
            return r == null ? null : new JavaExpression.Size(r);
        }

        private record ItemField(int slot, String field) {}

        /** {@code i.field} or {@code i["field"]} for an item a loop is at. */
        private ItemField itemField(CelExpr e) {
            if (e.getKind() == Kind.SELECT && !e.select().testOnly()) {
                Bound b = boundItem(e.select().operand());
                return b == null ? null : new ItemField(b.slot(), e.select().field());
            }
            if (e.getKind() == Kind.CALL && e.call().function().equals("_[_]") && e.call().target().isEmpty() && e.call().args().size() == 2) {
                Bound b = boundItem(e.call().args().get(0));
                String field = constantText(e.call().args().get(1));
                return b == null || field == null ? null : new ItemField(b.slot(), field);
            }
            return null;
        }

        private Bound boundItem(CelExpr e) {
            if (e.getKind() != Kind.IDENT) return null;
            Bound b = bound.get(e.ident().name());
            return b != null && b.item() ? b : null;
        }

        /** hsCodes, origins or items, unless a loop variable hides the name. */
        private Range globalList(CelExpr e) {
            if (e.getKind() != Kind.IDENT || bound.containsKey(e.ident().name())) return null;
            return switch (e.ident().name()) {
                case "hsCodes" -> Range.HS_CODES;
                case "origins" -> Range.ORIGINS;
                case "items" -> Range.ITEMS;
                default -> null;
            };
        }
    }

    /** Direct field reads for the common fields, so a comparison does not go through a switch on the name. */
    private static Function<ItemFacts, String> textReader(String field, Function<ItemFacts, String> byName) {
        return switch (field) {
            case "hs" -> i -> i.hs;
            case "chapter" -> i -> i.chapter;
            case "heading" -> i -> i.heading;
            case "origin" -> i -> i.origin;
            default -> byName;
        };
    }

    private static ToDoubleFunction<ItemFacts> numberReader(String field) {
        return switch (field) {
            case "netMass" -> i -> i.netMass;
            case "grossMass" -> i -> i.grossMass;
            case "value" -> i -> i.value;
            case "valuePerKg" -> i -> i.valuePerKg;
            case "quantity" -> i -> i.quantity;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static boolean isIdent(CelExpr e, String name) { return e.getKind() == Kind.IDENT && e.ident().name().equals(name); }

    private static String constantText(CelExpr e) {
        return e.getKind() == Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.STRING_VALUE ? e.constant().stringValue() : null;
    }
}
