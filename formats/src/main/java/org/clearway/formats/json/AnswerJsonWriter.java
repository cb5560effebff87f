package org.clearway.formats.json;

import org.clearway.core.declaration.Money;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;

/**
 * The stored assessment, {@code {"amountsDue":...,"laneDecision":...}}, written to text: the same
 * characters as {@link AnswerJson#amounts} and {@link AnswerJson#lane} put in one object and
 * serialised by a mapper (AnswerJsonWriterTest holds it to that), without building the tree. A bulk
 * import writes one per consignment, and the tree and its serialising were half of its preparing
 * thread's samples; then Jackson's generator (AnswerJsonWriterBefore in test sources) was most of
 * what was left, so it is written by hand: as bytes while it is all ASCII ({@link AsciiJson}), as
 * characters ({@link JsonText}) when it is not. Written as characters, not UTF-8
 * bytes, exactly as the mapper writes a String: a lone surrogate in a reason's text passes through
 * here as it did there.
 */
public final class AnswerJsonWriter {
    private static final String AMOUNT = JsonOut.field("amount");
    private static final String AMOUNTS_DUE = JsonOut.field("amountsDue");
    private static final String CODE = JsonOut.field("code");
    private static final String COMMODITY_CODE = JsonOut.field("commodityCode");
    private static final String CURRENCY = JsonOut.field("currency");
    private static final String CUSTOMS_VALUE = JsonOut.field("customsValue");
    private static final String DUTY = JsonOut.field("duty");
    private static final String DUTY_BASIS = JsonOut.field("dutyBasis");
    private static final String DUTY_EXPRESSION = JsonOut.field("dutyExpression");
    private static final String EXCHANGE_RATE = JsonOut.field("exchangeRate");
    private static final String EXCISE = JsonOut.field("excise");
    private static final String EXCISE_BASIS = JsonOut.field("exciseBasis");
    private static final String EXCISE_EXPRESSION = JsonOut.field("exciseExpression");
    private static final String EXCISE_MEASURE = JsonOut.field("exciseMeasure");
    private static final String FROM = JsonOut.field("from");
    private static final String ITEMS = JsonOut.field("items");
    private static final String LANE = JsonOut.field("lane");
    private static final String LANE_DECISION = JsonOut.field("laneDecision");
    private static final String MEASURE = JsonOut.field("measure");
    private static final String NOTE = JsonOut.field("note");
    private static final String PUBLISHED_ON = JsonOut.field("publishedOn");
    private static final String RATE = JsonOut.field("rate");
    private static final String REASONS = JsonOut.field("reasons");
    private static final String SEQUENCE = JsonOut.field("sequence");
    private static final String SOURCE = JsonOut.field("source");
    private static final String TEXT = JsonOut.field("text");
    private static final String TO = JsonOut.field("to");
    private static final String TOTAL = JsonOut.field("total");
    private static final String VAT = JsonOut.field("vat");
    private static final String VAT_BASIS = JsonOut.field("vatBasis");

    private AnswerJsonWriter() {
    }

    /** The assessment's JSON text, as the store keeps it. */
    public static String assessment(AmountsDue due, LaneDecision decision) {
        AsciiJson a = AsciiJson.borrow();
        try {
            write(a, due, decision);
            if (a.ascii()) return a.text();
        } finally {
            a.release();
        }
        // Something past ASCII: written again as characters.
        JsonText g = JsonText.borrow(false);
        try {
            write(g, due, decision);
            return g.toString();
        } finally {
            g.release();
        }
    }

    private static void write(JsonOut g, AmountsDue due, LaneDecision decision) {
        g.startObject();
        g.name(AMOUNTS_DUE);
        amounts(g, due);
        g.name(LANE_DECISION);
        lane(g, decision);
        g.endObject();
    }

    private static void amounts(JsonOut g, AmountsDue due) {
        g.startObject();
        g.name(ITEMS);
        g.startArray();
        for (ItemAmounts i : due.items()) {
            g.startObject();
            g.name(SEQUENCE);
            g.number(i.sequence());
            money(g, CUSTOMS_VALUE, i.customsValue());
            money(g, DUTY, i.duty());
            text(g, DUTY_BASIS, i.dutyBasis());
            money(g, VAT, i.vat());
            text(g, VAT_BASIS, i.vatBasis());
            money(g, TOTAL, i.total());
            text(g, COMMODITY_CODE, i.commodityCode());
            // Only where a tariff measure applies (not under a de minimis), as AnswerJson#amounts.
            if (!i.measure().isEmpty()) text(g, MEASURE, i.measure());
            if (!i.dutyExpression().isEmpty()) text(g, DUTY_EXPRESSION, i.dutyExpression());
            if (i.excise() != null) {
                money(g, EXCISE, i.excise());
                text(g, EXCISE_BASIS, i.exciseBasis());
                text(g, EXCISE_MEASURE, i.exciseMeasure());
                text(g, EXCISE_EXPRESSION, i.exciseExpression());
            }
            g.endObject();
        }
        g.endArray();
        money(g, DUTY, due.duty());
        if (due.excise() != null) money(g, EXCISE, due.excise());
        money(g, VAT, due.vat());
        money(g, TOTAL, due.total());
        rate(g, due.exchangeRate());
        text(g, NOTE, due.note());
        g.endObject();
    }

    private static void lane(JsonOut g, LaneDecision decision) {
        g.startObject();
        code(g, LANE, decision.lane() == null ? null : decision.lane().name());
        g.name(REASONS);
        g.startArray();
        for (Reason r : decision.reasons()) {
            g.startObject();
            text(g, CODE, r.code());
            code(g, LANE, r.lane() == null ? null : r.lane().name());
            text(g, TEXT, r.text());
            g.endObject();
        }
        g.endArray();
        g.endObject();
    }

    private static void money(JsonOut g, String field, Money m) {
        g.name(field);
        if (m == null) {
            g.nullValue();
            return;
        }
        g.startObject();
        g.name(AMOUNT);
        g.decimal(m.amount());
        g.name(CURRENCY);
        g.code(m.currency().value());
        g.endObject();
    }

    private static void rate(JsonOut g, ExchangeRate r) {
        g.name(EXCHANGE_RATE);
        if (r == null) {
            g.nullValue();
            return;
        }
        g.startObject();
        code(g, FROM, r.from() == null ? null : r.from().value());
        code(g, TO, r.to() == null ? null : r.to().value());
        g.name(RATE);
        if (r.rate() == null) g.nullValue();
        else g.decimal(r.rate());
        code(g, PUBLISHED_ON, r.publishedOn() == null ? null : r.publishedOn().toString());
        text(g, SOURCE, r.source());
        g.endObject();
    }

    /** A text field; null as JSON null, as {@code ObjectNode.put(field, (String) null)} writes it. */
    private static void text(JsonOut g, String field, String value) {
        g.name(field);
        if (value == null) g.nullValue();
        else g.string(value);
    }

    /** A field whose text has nothing to escape by how it was made (see {@link JsonOut#code}); null as JSON null. */
    private static void code(JsonOut g, String field, String value) {
        g.name(field);
        if (value == null) g.nullValue();
        else g.code(value);
    }
}
