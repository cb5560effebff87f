package org.clearway.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearway.core.reference.CodeChars;
import org.clearway.core.validation.Problem;

/**
 * Reads typed values out of a Jackson tree and collects a {@link Problem} for each one it cannot
 * read, instead of throwing. Every method returns null when the value is absent, JSON null or wrong.
 * Two kinds of strings: free text (names, addresses, descriptions), where an empty or blank string
 * means absent; and codes or references, where an empty string is an {@code INVALID_VALUE}.
 */
final class FieldReader {
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    List<Problem> problems() {
        if (dropped == 0) return List.copyOf(problems);
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(JsonCodes.TOO_MANY_PROBLEMS, "",
                dropped + " more problems not listed; correct the ones above and send again"));
        return List.copyOf(all);
    }

    void report(String code, String path, String message) {
        if (problems.size() < JsonLimits.MAX_PROBLEMS) problems.add(new Problem(code, Unicode.clean(path), Unicode.clean(message)));
        else dropped++;
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** The object at path, or null (absent, or a TYPE_MISMATCH reported); unknown fields are reported. */
    JsonNode object(JsonNode node, String path, Set<String> allowed) {
        if (absent(node)) return null;
        if (!node.isObject()) {
            mismatch(path, "an object", node);
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!allowed.contains(name)) {
                report(JsonCodes.UNKNOWN_FIELD, path(path, name), "unknown field '" + printable(name)
                        + "'; allowed here: " + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        return node;
    }

    /** The array at path, or null; more than max elements is reported with tooMany and gives null. */
    JsonNode array(JsonNode node, String path, int max, String tooMany) {
        if (absent(node)) return null;
        if (!node.isArray()) {
            mismatch(path, "an array", node);
            return null;
        }
        if (node.size() > max) {
            report(tooMany, path, "at most " + max + " entries are allowed, found " + node.size());
            return null;
        }
        return node;
    }

    /** Free text: blank means absent. */
    String text(JsonNode node, String path, int maxLength) {
        String s = string(node, path, maxLength);
        return s == null || s.isBlank() ? null : s;
    }

    /** A code or reference kept as a plain string: empty is invalid. */
    String code(JsonNode node, String path, int maxLength) {
        return value(node, path, maxLength, s -> {
            if (s.isBlank()) throw new IllegalArgumentException("must not be empty");
            return s;
        });
    }

    /** A code made by a self-checking value record; its constructor's refusal becomes INVALID_VALUE. */
    <T> T value(JsonNode node, String path, int maxLength, Function<String, T> make) {
        String s = string(node, path, maxLength);
        if (s == null) return null;
        try {
            return make.apply(s);
        } catch (IllegalArgumentException e) {
            report(JsonCodes.INVALID_VALUE, path, "'" + printable(s) + "' is not valid: " + e.getMessage());
            return null;
        }
    }

    <E extends Enum<E>> E enumeration(JsonNode node, String path, Class<E> type) {
        String s = string(node, path, JsonLimits.MAX_CODE_LENGTH);
        if (s == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
        report(JsonCodes.INVALID_VALUE, path, "'" + printable(s) + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    LocalDate date(JsonNode node, String path) {
        return value(node, path, JsonLimits.MAX_CODE_LENGTH, s -> {
            try {
                if (!CodeChars.isoDateShape(s)) throw new DateTimeParseException("", s, 0);
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a date is written YYYY-MM-DD (ISO 8601) and must exist in the calendar");
            }
        });
    }

    /** A decimal from a JSON number or a numeric string, exactly as written (no binary floating point). */
    BigDecimal decimal(JsonNode node, String path) {
        if (absent(node)) return null;
        BigDecimal d;
        if (node.isNumber() && !node.isDouble() && !node.isFloat()) {
            d = node.decimalValue();
        } else if (node.isTextual()) {
            String s = node.textValue();
            if (s.length() > JsonLimits.MAX_NUMBER_LENGTH || !CodeChars.decimal(s)) {
                report(JsonCodes.INVALID_VALUE, path, "'" + printable(s) + "' is not a decimal number such as 12.50");
                return null;
            }
            d = new BigDecimal(s);
        } else {
            mismatch(path, "a decimal number (a JSON number or a string such as \"12.50\")", node);
            return null;
        }
        if (d.scale() < 0 && d.precision() - d.scale() <= JsonLimits.MAX_INTEGER_DIGITS) d = d.setScale(0);
        if (d.precision() - d.scale() > JsonLimits.MAX_INTEGER_DIGITS || d.scale() > JsonLimits.MAX_FRACTION_DIGITS) {
            report(JsonCodes.INVALID_VALUE, path, "a number may have at most " + JsonLimits.MAX_INTEGER_DIGITS
                    + " digits before and " + JsonLimits.MAX_FRACTION_DIGITS + " after the decimal point");
            return null;
        }
        return d;
    }

    /** A whole number from a JSON integer or a string of digits. */
    Integer integer(JsonNode node, String path) {
        if (absent(node)) return null;
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) return node.intValue();
            report(JsonCodes.INVALID_VALUE, path, "the number is too large");
            return null;
        }
        if (node.isTextual()) {
            String s = node.textValue();
            if (CodeChars.integer(s, 9)) return Integer.parseInt(s);
            report(JsonCodes.INVALID_VALUE, path, "'" + printable(s) + "' is not a whole number");
            return null;
        }
        mismatch(path, "a whole number", node);
        return null;
    }

    private String string(JsonNode node, String path, int maxLength) {
        if (absent(node)) return null;
        if (!node.isTextual()) {
            mismatch(path, "a string", node);
            return null;
        }
        String s = node.textValue();
        if (s.length() > maxLength) {
            report(JsonCodes.VALUE_TOO_LONG, path, "at most " + maxLength + " characters are allowed, found " + s.length());
            return null;
        }
        if (!Unicode.wellFormed(s)) {
            report(JsonCodes.INVALID_VALUE, path, "the text holds an unpaired UTF-16 surrogate escape (\\ud800 to \\udfff alone)");
            return null;
        }
        return s;
    }

    private void mismatch(String path, String expected, JsonNode found) {
        report(JsonCodes.TYPE_MISMATCH, path, "expected " + expected + ", found " + describe(found));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case BINARY -> "binary data";
            case NULL, MISSING -> "nothing";
        };
    }

    /** Keeps echoed input short and free of control characters in messages. */
    static String printable(String s) {
        String shortened = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
