package org.clearway.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;

/**
 * The stored assessment, {@code {"amountsDue":...,"laneDecision":...}}, streamed to text: the same
 * characters as {@link AnswerJson#amounts} and {@link AnswerJson#lane} put in one object and
 * serialised by a mapper (AnswerJsonWriterTest holds it to that), without building the tree. A bulk
 * import writes one per consignment, and the tree and its serialising were half of its preparing
 * thread's samples. Written as characters, not UTF-8 bytes, exactly as the mapper writes a String: a
 * lone surrogate in a reason's text passes through here as it did there.
 */
public final class AnswerJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private AnswerJsonWriter() {
    }

    /** The assessment's JSON text, as the store keeps it. */
    public static String assessment(AmountsDue due, LaneDecision decision) {
        // As ObjectMapper.writeValueAsString does it: the factory's recycled buffers, a char writer.
        try (SegmentedStringWriter out = new SegmentedStringWriter(JSON._getBufferRecycler())) {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeFieldName("amountsDue");
                amounts(g, due);
                g.writeFieldName("laneDecision");
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
        g.writeArrayFieldStart("items");
        for (ItemAmounts i : due.items()) {
            g.writeStartObject();
            g.writeNumberField("sequence", i.sequence());
            money(g, "customsValue", i.customsValue());
            money(g, "duty", i.duty());
            text(g, "dutyBasis", i.dutyBasis());
            money(g, "vat", i.vat());
            text(g, "vatBasis", i.vatBasis());
            money(g, "total", i.total());
            text(g, "commodityCode", i.commodityCode());
            text(g, "measure", i.measure());
            text(g, "dutyExpression", i.dutyExpression());
            if (i.excise() != null) {
                money(g, "excise", i.excise());
                text(g, "exciseBasis", i.exciseBasis());
                text(g, "exciseMeasure", i.exciseMeasure());
                text(g, "exciseExpression", i.exciseExpression());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        money(g, "duty", due.duty());
        if (due.excise() != null) money(g, "excise", due.excise());
        money(g, "vat", due.vat());
        money(g, "total", due.total());
        rate(g, due.exchangeRate());
        text(g, "note", due.note());
        g.writeEndObject();
    }

    private static void lane(JsonGenerator g, LaneDecision decision) throws IOException {
        g.writeStartObject();
        text(g, "lane", decision.lane() == null ? null : decision.lane().name());
        g.writeArrayFieldStart("reasons");
        for (Reason r : decision.reasons()) {
            g.writeStartObject();
            text(g, "code", r.code());
            text(g, "lane", r.lane() == null ? null : r.lane().name());
            text(g, "text", r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, String field, Money m) throws IOException {
        g.writeFieldName(field);
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("amount", m.amount().toPlainString());
        g.writeStringField("currency", m.currency().value());
        g.writeEndObject();
    }

    private static void rate(JsonGenerator g, ExchangeRate r) throws IOException {
        g.writeFieldName("exchangeRate");
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        text(g, "from", r.from() == null ? null : r.from().value());
        text(g, "to", r.to() == null ? null : r.to().value());
        text(g, "rate", r.rate() == null ? null : r.rate().toPlainString());
        text(g, "publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        text(g, "source", r.source());
        g.writeEndObject();
    }

    /** A text field; null as JSON null, as {@code ObjectNode.put(field, (String) null)} writes it. */
    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }
}
