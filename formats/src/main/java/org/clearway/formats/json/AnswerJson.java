package org.clearway.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Money;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.core.reference.ExchangeRate;
import org.clearway.core.risk.Lane;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.Reason;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.core.validation.Problem;

/**
 * The JSON of the answers customs gives (problems, amounts due, lane decision): the API's response
 * bodies and the form the store keeps them in. Amounts are strings (exact decimals), dates ISO.
 * The readers take back what the writers wrote; they are for our own stored JSON, so a node that is
 * not in that shape is a corrupted record and gives an {@link IllegalArgumentException} naming the field.
 */
public final class AnswerJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerJson() {
    }

    /** {@code [{"code","path","message"}, ...]} */
    public static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = NODES.arrayNode();
        for (Problem p : problems) {
            array.addObject().put("code", p.code()).put("path", p.path()).put("message", p.message());
        }
        return array;
    }

    /**
     * {@code {"items":[{"sequence","customsValue","duty","dutyBasis","vat","vatBasis","total","commodityCode","measure"?,"dutyExpression"?}, ...],"duty":MONEY,"vat":MONEY,"total":MONEY,"exchangeRate":RATE|null,"note":...}} */
    public static ObjectNode amounts(AmountsDue due) {
        ObjectNode o = NODES.objectNode();
        ArrayNode items = o.putArray("items");
        for (ItemAmounts i : due.items()) {
            ObjectNode item = items.addObject();
            item.put("sequence", i.sequence());
            item.set("customsValue", money(i.customsValue()));
            item.set("duty", money(i.duty()));
            item.put("dutyBasis", i.dutyBasis());
            item.set("vat", money(i.vat()));
            item.put("vatBasis", i.vatBasis());
            item.set("total", money(i.total()));
            item.put("commodityCode", i.commodityCode());
            // Only where a tariff measure applies: none does to goods under a de minimis, most of a
            // low-value manifest. Left out, not empty, to keep a stored row under 2,032 bytes (V12).
            if (!i.measure().isEmpty()) item.put("measure", i.measure());
            if (!i.dutyExpression().isEmpty()) item.put("dutyExpression", i.dutyExpression());
            if (i.excise() != null) {
                // Only where an excise measure applies, so answers for other goods keep their shape.
                item.set("excise", money(i.excise()));
                item.put("exciseBasis", i.exciseBasis());
                item.put("exciseMeasure", i.exciseMeasure());
                item.put("exciseExpression", i.exciseExpression());
            }
        }
        o.set("duty", money(due.duty()));
        if (due.excise() != null) o.set("excise", money(due.excise()));
        o.set("vat", money(due.vat()));
        o.set("total", money(due.total()));
        o.set("exchangeRate", rate(due.exchangeRate()));
        o.put("note", due.note());
        return o;
    }

    /** {@code {"lane":"RED","reasons":[{"code","lane","text"}, ...]}} */
    public static ObjectNode lane(LaneDecision decision) {
        ObjectNode o = NODES.objectNode();
        o.put("lane", decision.lane() == null ? null : decision.lane().name());
        ArrayNode reasons = o.putArray("reasons");
        for (Reason r : decision.reasons()) {
            reasons.addObject().put("code", r.code()).put("lane", r.lane() == null ? null : r.lane().name()).put("text", r.text());
        }
        return o;
    }

    /** {@code {"amount":"12.50","currency":"GBP"}}, or JSON null. */
    public static JsonNode money(Money m) {
        if (m == null) return NODES.nullNode();
        return NODES.objectNode().put("amount", m.amount().toPlainString()).put("currency", m.currency().value());
    }

    private static JsonNode rate(ExchangeRate r) {
        if (r == null) return NODES.nullNode();
        return NODES.objectNode()
                .put("from", r.from() == null ? null : r.from().value())
                .put("to", r.to() == null ? null : r.to().value())
                .put("rate", r.rate() == null ? null : r.rate().toPlainString())
                .put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString())
                .put("source", r.source());
    }

    /** Reads back what {@link #amounts} wrote. */
    public static AmountsDue readAmounts(JsonNode node) {
        requireObject(node, "amounts");
        List<ItemAmounts> items = new ArrayList<>();
        JsonNode array = node.path("items");
        if (!array.isArray()) throw corrupt("amounts.items", "an array");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = "amounts.items[" + i + "]";
            requireObject(item, path);
            if (!item.path("sequence").isIntegralNumber()) throw corrupt(path + ".sequence", "a whole number");
            items.add(new ItemAmounts(item.get("sequence").intValue(),
                    readMoney(item.get("customsValue"), path + ".customsValue"),
                    readMoney(item.get("duty"), path + ".duty"),
                    text(item.get("dutyBasis"), path + ".dutyBasis"),
                    readMoney(item.get("vat"), path + ".vat"),
                    text(item.get("vatBasis"), path + ".vatBasis"),
                    // Absent in answers stored before the national tariffs (issue 3): read as empty.
                    text(item.get("commodityCode"), path + ".commodityCode"),
                    text(item.get("measure"), path + ".measure"),
                    text(item.get("dutyExpression"), path + ".dutyExpression"),
                    readMoney(item.get("excise"), path + ".excise"),
                    text(item.get("exciseBasis"), path + ".exciseBasis"),
                    text(item.get("exciseMeasure"), path + ".exciseMeasure"),
                    text(item.get("exciseExpression"), path + ".exciseExpression")));
        }
        return new AmountsDue(items,
                readMoney(node.get("duty"), "amounts.duty"),
                readMoney(node.get("vat"), "amounts.vat"),
                readMoney(node.get("total"), "amounts.total"),
                readRate(node.get("exchangeRate")),
                text(node.get("note"), "amounts.note"),
                readMoney(node.get("excise"), "amounts.excise"));
    }

    /** Reads back what {@link #lane} wrote. */
    public static LaneDecision readLane(JsonNode node) {
        requireObject(node, "lane");
        List<Reason> reasons = new ArrayList<>();
        JsonNode array = node.path("reasons");
        if (!array.isArray()) throw corrupt("lane.reasons", "an array");
        for (int i = 0; i < array.size(); i++) {
            String path = "lane.reasons[" + i + "]";
            JsonNode r = array.get(i);
            requireObject(r, path);
            reasons.add(new Reason(text(r.get("code"), path + ".code"), lane(r.get("lane"), path + ".lane"),
                    text(r.get("text"), path + ".text")));
        }
        return new LaneDecision(lane(node.get("lane"), "lane.lane"), reasons);
    }

    private static Money readMoney(JsonNode node, String path) {
        if (FieldReader.absent(node)) return null;
        requireObject(node, path);
        return new Money(decimal(node.get("amount"), path + ".amount"), currency(node.get("currency"), path + ".currency"));
    }

    private static ExchangeRate readRate(JsonNode node) {
        if (FieldReader.absent(node)) return null;
        String path = "amounts.exchangeRate";
        requireObject(node, path);
        String published = text(node.get("publishedOn"), path + ".publishedOn");
        try {
            return new ExchangeRate(currency(node.get("from"), path + ".from"), currency(node.get("to"), path + ".to"),
                    decimal(node.get("rate"), path + ".rate"), published == null ? null : LocalDate.parse(published),
                    text(node.get("source"), path + ".source"));
        } catch (DateTimeParseException e) {
            throw corrupt(path + ".publishedOn", "a date YYYY-MM-DD");
        }
    }

    private static Lane lane(JsonNode node, String path) {
        String name = text(node, path);
        if (name == null) return null;
        try {
            return Lane.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw corrupt(path, "one of GREEN, BLUE, YELLOW, RED");
        }
    }

    private static CurrencyCode currency(JsonNode node, String path) {
        String code = text(node, path);
        return code == null ? null : new CurrencyCode(code);
    }

    private static BigDecimal decimal(JsonNode node, String path) {
        String s = text(node, path);
        if (s == null) return null;
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw corrupt(path, "a decimal number as a string");
        }
    }

    private static String text(JsonNode node, String path) {
        if (FieldReader.absent(node)) return null;
        if (!node.isTextual()) throw corrupt(path, "a string");
        return node.textValue();
    }

    private static void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw corrupt(path, "an object");
    }

    private static IllegalArgumentException corrupt(String path, String expected) {
        return new IllegalArgumentException("stored answer is not in the expected shape: " + path + " should be " + expected);
    }
}
