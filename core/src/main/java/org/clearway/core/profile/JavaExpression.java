package org.clearway.core.profile;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A profile's expression compiled to plain Java (by {@link JavaTranslation}) with CEL's meaning:
 * each condition is true, false or an error, and an error (a field absent from an item) spreads as
 * in CEL: {@code &&} is false if either side is false and {@code ||} true if either is true, whatever
 * the other side gives; {@code exists} is true if any element is, {@code all} false if any is;
 * otherwise an error wins over the rest. An expression giving an error does not hit. Reads the
 * declaration's facts directly, so it builds no map of variables and boxes no numbers.
 */
final class JavaExpression {
    static final int FALSE = 0, TRUE = 1, ERROR = 2;
    /** Deepest nesting of {@code exists}/{@code all} compiled; deeper expressions stay in CEL. */
    static final int MAX_DEPTH = 8;

    private final Condition root;

    JavaExpression(Condition root) { this.root = root; }

    boolean matches(DeclarationFacts facts) { return root.test(facts.frame()) == TRUE; }

    /** TRUE, FALSE or ERROR, for tests. */
    int outcome(DeclarationFacts facts) { return root.test(facts.frame()); }

    /** What an evaluation works in: the facts, the elements the loops are at, and whether a number failed. */
    static final class Frame {
        final DeclarationFacts facts;
        final Object[] bound = new Object[MAX_DEPTH];
        boolean numberFailed;

        Frame(DeclarationFacts facts) { this.facts = facts; }
    }

    /** A condition: TRUE, FALSE or ERROR. */
    abstract static class Condition { abstract int test(Frame f); }

    /** A text; null for an error. */
    abstract static class Text { abstract String text(Frame f); }

    /** A double; on an error it sets {@link Frame#numberFailed} (a NaN may be a real result: 0.0 / 0.0). */
    abstract static class Number { abstract double number(Frame f); }

    /** An int that cannot fail: a constant or a list's size. */
    abstract static class Count { abstract long count(Frame f); }

    /** The lists a loop or {@code size} can range over. */
    enum Range { HS_CODES, ORIGINS, ITEMS }

    static final class Constant extends Condition {
        private final int value;
        Constant(boolean value) { this.value = value ? TRUE : FALSE; }
        @Override int test(Frame f) { return value; }
    }

    static final class Aeo extends Condition {
        @Override int test(Frame f) { return f.facts.aeo() ? TRUE : FALSE; }
    }

    static final class Not extends Condition {
        private final Condition c;
        Not(Condition c) { this.c = c; }
        @Override int test(Frame f) {
            int r = c.test(f);
            return r == ERROR ? ERROR : 1 - r;
        }
    }

    static final class And extends Condition {
        private final Condition a, b;
        And(Condition a, Condition b) { this.a = a; this.b = b; }
        @Override int test(Frame f) {
            int x = a.test(f);
            if (x == FALSE) return FALSE;
            int y = b.test(f);
            if (y == FALSE) return FALSE;
            return x == ERROR || y == ERROR ? ERROR : TRUE;
        }
    }

    static final class Or extends Condition {
        private final Condition a, b;
        Or(Condition a, Condition b) { this.a = a; this.b = b; }
        @Override int test(Frame f) {
            int x = a.test(f);
            if (x == TRUE) return TRUE;
            int y = b.test(f);
            if (y == TRUE) return TRUE;
            return x == ERROR || y == ERROR ? ERROR : FALSE;
        }
    }

    /** {@code ==} or {@code !=} between two conditions (strict: an error on either side is an error). */
    static final class SameTruth extends Condition {
        private final Condition a, b;
        private final boolean equal;
        SameTruth(Condition a, Condition b, boolean equal) { this.a = a; this.b = b; this.equal = equal; }
        @Override int test(Frame f) {
            int x = a.test(f), y = b.test(f);
            if (x == ERROR || y == ERROR) return ERROR;
            return (x == y) == equal ? TRUE : FALSE;
        }
    }

    enum TextTest { EQUALS, NOT_EQUALS, STARTS_WITH, ENDS_WITH, CONTAINS }

    static final class TextCompare extends Condition {
        private final TextTest test;
        private final Text a, b;
        TextCompare(TextTest test, Text a, Text b) { this.test = test; this.a = a; this.b = b; }
        @Override int test(Frame f) {
            String x = a.text(f), y = b.text(f);
            if (x == null || y == null) return ERROR;
            boolean r = switch (test) {
                case EQUALS -> x.equals(y);
                case NOT_EQUALS -> !x.equals(y);
                case STARTS_WITH -> x.startsWith(y);
                case ENDS_WITH -> x.endsWith(y);
                case CONTAINS -> x.contains(y);
            };
            return r ? TRUE : FALSE;
        }
    }

    /** {@code x in ["a", "b"]}. */
    static final class InTexts extends Condition {
        private final Text x;
        private final String[] values;
        InTexts(Text x, List<String> values) { this.x = x; this.values = values.toArray(String[]::new); }
        @Override int test(Frame f) {
            String v = x.text(f);
            if (v == null) return ERROR;
            for (String s : values) if (s.equals(v)) return TRUE;
            return FALSE;
        }
    }

    /** {@code x in origins} or {@code x in hsCodes}. */
    static final class InList extends Condition {
        private final Text x;
        private final Range range;
        InList(Text x, Range range) { this.x = x; this.range = range; }
        @Override int test(Frame f) {
            String v = x.text(f);
            if (v == null) return ERROR;
            return texts(f.facts, range).contains(v) ? TRUE : FALSE;
        }
    }

    enum Order { LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL }

    /** A comparison of doubles, as Java compares them (as CEL does: NaN is neither less nor greater). Only orderings: CEL's double equality differs. */
    static final class NumberCompare extends Condition {
        private final Order order;
        private final Number a, b;
        NumberCompare(Order order, Number a, Number b) { this.order = order; this.a = a; this.b = b; }
        @Override int test(Frame f) {
            f.numberFailed = false;
            double x = a.number(f), y = b.number(f);
            if (f.numberFailed) return ERROR;
            boolean r = switch (order) {
                case LESS -> x < y;
                case LESS_OR_EQUAL -> x <= y;
                case GREATER -> x > y;
                case GREATER_OR_EQUAL -> x >= y;
                case EQUAL, NOT_EQUAL -> throw new IllegalStateException("double equality is left to CEL");
            };
            return r ? TRUE : FALSE;
        }
    }

    static final class CountCompare extends Condition {
        private final Order order;
        private final Count a, b;
        CountCompare(Order order, Count a, Count b) { this.order = order; this.a = a; this.b = b; }
        @Override int test(Frame f) {
            long x = a.count(f), y = b.count(f);
            boolean r = switch (order) {
                case LESS -> x < y;
                case LESS_OR_EQUAL -> x <= y;
                case GREATER -> x > y;
                case GREATER_OR_EQUAL -> x >= y;
                case EQUAL -> x == y;
                case NOT_EQUAL -> x != y;
            };
            return r ? TRUE : FALSE;
        }
    }

    /** {@code has(i.field)} for the item a loop is at. */
    static final class HasField extends Condition {
        private final int slot;
        private final String field;
        private final boolean number;
        HasField(int slot, String field) { this.slot = slot; this.field = field; this.number = ItemFacts.NUMBERS.contains(field); }
        @Override int test(Frame f) {
            ItemFacts item = (ItemFacts) f.bound[slot];
            boolean present = number ? !Double.isNaN(item.number(field)) : item.text(field) != null;
            return present ? TRUE : FALSE;
        }
    }

    /** {@code list.exists(x, p)} (any) or {@code list.all(x, p)}. */
    static final class Loop extends Condition {
        private final Range range;
        private final int slot;
        private final Condition predicate;
        private final boolean all;
        Loop(Range range, int slot, Condition predicate, boolean all) { this.range = range; this.slot = slot; this.predicate = predicate; this.all = all; }
        @Override int test(Frame f) {
            // exists stops at the first true, all at the first false; otherwise any error wins
            int decisive = all ? FALSE : TRUE;
            int result = all ? TRUE : FALSE;
            if (range == Range.ITEMS) {
                for (ItemFacts item : f.facts.items()) {
                    f.bound[slot] = item;
                    int r = predicate.test(f);
                    if (r == decisive) return r;
                    if (r == ERROR) result = ERROR;
                }
            } else {
                List<String> texts = texts(f.facts, range);
                for (int i = 0, n = texts.size(); i < n; i++) {
                    f.bound[slot] = texts.get(i);
                    int r = predicate.test(f);
                    if (r == decisive) return r;
                    if (r == ERROR) result = ERROR;
                }
            }
            return result;
        }
    }

    static List<String> texts(DeclarationFacts facts, Range range) {
        return range == Range.HS_CODES ? facts.hsCodes() : facts.origins();
    }

    static final class ConstantText extends Text {
        private final String value;
        ConstantText(String value) { this.value = value; }
        @Override String text(Frame f) { return value; }
    }

    /** A text variable of the declaration ({@code office}, {@code mode}, ...). */
    static final class Variable extends Text {
        private final int variable;
        Variable(int variable) { this.variable = variable; }
        @Override String text(Frame f) { return f.facts.text(variable); }
    }

    /** The code or origin a loop over {@code hsCodes} or {@code origins} is at. */
    static final class BoundText extends Text {
        private final int slot;
        BoundText(int slot) { this.slot = slot; }
        @Override String text(Frame f) { return (String) f.bound[slot]; }
    }

    /** A text field of the item a loop is at; absent is an error, as in CEL. */
    static final class ItemText extends Text {
        private final int slot;
        private final Function<ItemFacts, String> field;
        ItemText(int slot, Function<ItemFacts, String> field) { this.slot = slot; this.field = field; }
        @Override String text(Frame f) { return field.apply((ItemFacts) f.bound[slot]); }
    }

    static final class ConstantNumber extends Number {
        private final double value;
        ConstantNumber(double value) { this.value = value; }
        @Override double number(Frame f) { return value; }
    }

    static final class InvoiceTotal extends Number {
        @Override double number(Frame f) { return f.facts.invoiceTotal(); }
    }

    /** A number field of the item a loop is at; absent is an error, as in CEL. */
    static final class ItemNumber extends Number {
        private final int slot;
        private final ToDoubleFunction<ItemFacts> field;
        ItemNumber(int slot, ToDoubleFunction<ItemFacts> field) { this.slot = slot; this.field = field; }
        @Override double number(Frame f) {
            double v = field.applyAsDouble((ItemFacts) f.bound[slot]);
            if (Double.isNaN(v)) f.numberFailed = true;
            return v;
        }
    }

    enum Operation { ADD, SUBTRACT, MULTIPLY, DIVIDE }

    /** Double arithmetic: IEEE, as in CEL (dividing by 0.0 gives an infinity or NaN, not an error). */
    static final class Arithmetic extends Number {
        private final Operation op;
        private final Number a, b;
        Arithmetic(Operation op, Number a, Number b) { this.op = op; this.a = a; this.b = b; }
        @Override double number(Frame f) {
            double x = a.number(f), y = b.number(f);
            return switch (op) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
            };
        }
    }

    static final class Negate extends Number {
        private final Number a;
        Negate(Number a) { this.a = a; }
        @Override double number(Frame f) { return -a.number(f); }
    }

    static final class ConstantCount extends Count {
        private final long value;
        ConstantCount(long value) { this.value = value; }
        @Override long count(Frame f) { return value; }
    }

    static final class Size extends Count {
        private final Range range;
        Size(Range range) { this.range = range; }
        @Override long count(Frame f) { return range == Range.ITEMS ? f.facts.items().length : texts(f.facts, range).size(); }
    }
}
