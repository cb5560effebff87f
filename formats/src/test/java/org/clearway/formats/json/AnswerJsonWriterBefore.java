package org.clearway.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;

/**
 * AnswerJsonWriter as it was, through Jackson's generator: the oracle AnswerJsonWriterDifferentialTest holds the
 * hand-written one to, character for character, and the baseline of JsonWriteCpu. Not used by the application.
 * <p>
 * The stored assessment, {@code {"amountsDue":...,"laneDecision":...}}, streamed to text: the same
 * characters as {@link AnswerJson#amounts} and {@link AnswerJson#lane} put in one object and
 * serialised by a mapper (AnswerJsonWriterTest holds it to that), without building the tree. A bulk
 * import writes one per consignment, and the tree and its serialising were half of its preparing
 * thread's samples. Written as characters, not UTF-8 bytes, exactly as the mapper writes a String: a
 * lone surrogate in a reason's text passes through here as it did there.
 */
public final class AnswerJsonWriterBefore {
    private static final JsonFactory JSON = new JsonFactory();
    // Field names quoted once: the generator copies them instead of checking each for escapes every time.
    private static final SerializableString AMOUNT = new SerializedString("amount");
    private static final SerializableString AMOUNTS_DUE = new SerializedString("amountsDue");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString COMMODITY_CODE = new SerializedString("commodityCode");
    private static final SerializableString CURRENCY = new SerializedString("currency");
    private static final SerializableString CUSTOMS_VALUE = new SerializedString("customsValue");
    private static final SerializableString DUTY = new SerializedString("duty");
    private static final SerializableString DUTY_BASIS = new SerializedString("dutyBasis");
    private static final SerializableString DUTY_EXPRESSION = new SerializedString("dutyExpression");
    private static final SerializableString EXCHANGE_RATE = new SerializedString("exchangeRate");
    private static final SerializableString EXCISE = new SerializedString("excise");
    private static final SerializableString EXCISE_BASIS = new SerializedString("exciseBasis");
    private static final SerializableString EXCISE_EXPRESSION = new SerializedString("exciseExpression");
    private static final SerializableString EXCISE_MEASURE = new SerializedString("exciseMeasure");
    private static final SerializableString FROM = new SerializedString("from");
    private static final SerializableString ITEMS = new SerializedString("items");
    private static final SerializableString LANE = new SerializedString("lane");
    private static final SerializableString LANE_DECISION = new SerializedString("laneDecision");
    private static final SerializableString MEASURE = new SerializedString("measure");
    private static final SerializableString NOTE = new SerializedString("note");
    private static final SerializableString PUBLISHED_ON = new SerializedString("publishedOn");
    private static final SerializableString RATE = new SerializedString("rate");
    private static final SerializableString REASONS = new SerializedString("reasons");
    private static final SerializableString SEQUENCE = new SerializedString("sequence");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString TO = new SerializedString("to");
    private static final SerializableString TOTAL = new SerializedString("total");
    private static final SerializableString VAT = new SerializedString("vat");
    private static final SerializableString VAT_BASIS = new SerializedString("vatBasis");

    private AnswerJsonWriterBefore() {
    }

    /** The assessment's JSON text, as the store keeps it. */
    public static String assessment(AmountsDue due, LaneDecision decision) {
        // As ObjectMapper.writeValueAsString does it: the factory's recycled buffers, a char writer.
        try (SegmentedStringWriter out = new SegmentedStringWriter(JSON._getBufferRecycler())) {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeFieldName(AMOUNTS_DUE);
                amounts(g, due);
                g.writeFieldName(LANE_DECISION);
                lane(g, decision);
                g.writeEndObject();
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    private static void amounts(JsonGenerator g, AmountsDue due) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ITEMS);
        g.writeStartArray();
        for (ItemAmounts i : due.items()) {
            g.writeStartObject();
            g.writeFieldName(SEQUENCE);
            g.writeNumber(i.sequence());
            money(g, CUSTOMS_VALUE, i.customsValue());
            money(g, DUTY, i.duty());
            text(g, DUTY_BASIS, i.dutyBasis());
            money(g, VAT, i.vat());
            text(g, VAT_BASIS, i.vatBasis());
            money(g, TOTAL, i.total());
            text(g, COMMODITY_CODE, i.commodityCode());
            // As AnswerJson#amounts since V12: only where a tariff measure applies.
            if (!i.measure().isEmpty()) text(g, MEASURE, i.measure());
            if (!i.dutyExpression().isEmpty()) text(g, DUTY_EXPRESSION, i.dutyExpression());
            if (i.excise() != null) {
                money(g, EXCISE, i.excise());
                text(g, EXCISE_BASIS, i.exciseBasis());
                text(g, EXCISE_MEASURE, i.exciseMeasure());
                text(g, EXCISE_EXPRESSION, i.exciseExpression());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        money(g, DUTY, due.duty());
        if (due.excise() != null) money(g, EXCISE, due.excise());
        money(g, VAT, due.vat());
        money(g, TOTAL, due.total());
        rate(g, due.exchangeRate());
        text(g, NOTE, due.note());
        g.writeEndObject();
    }

    private static void lane(JsonGenerator g, LaneDecision decision) throws IOException {
        g.writeStartObject();
        text(g, LANE, decision.lane() == null ? null : decision.lane().name());
        g.writeFieldName(REASONS);
        g.writeStartArray();
        for (Reason r : decision.reasons()) {
            g.writeStartObject();
            text(g, CODE, r.code());
            text(g, LANE, r.lane() == null ? null : r.lane().name());
            text(g, TEXT, r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, SerializableString field, Money m) throws IOException {
        g.writeFieldName(field);
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(AMOUNT);
        g.writeString(m.amount().toPlainString());
        g.writeFieldName(CURRENCY);
        g.writeString(m.currency().value());
        g.writeEndObject();
    }

    private static void rate(JsonGenerator g, ExchangeRate r) throws IOException {
        g.writeFieldName(EXCHANGE_RATE);
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        text(g, FROM, r.from() == null ? null : r.from().value());
        text(g, TO, r.to() == null ? null : r.to().value());
        text(g, RATE, r.rate() == null ? null : r.rate().toPlainString());
        text(g, PUBLISHED_ON, r.publishedOn() == null ? null : r.publishedOn().toString());
        text(g, SOURCE, r.source());
        g.writeEndObject();
    }

    /** A text field; null as JSON null, as {@code ObjectNode.put(field, (String) null)} writes it. */
    private static void text(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) g.writeNull();
        else g.writeString(value);
    }
}
