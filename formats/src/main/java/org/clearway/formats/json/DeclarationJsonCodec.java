package org.clearway.formats.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.validation.Problem;

/**
 * The JSON form of a declaration (see docs/declaration-json.md). Decoding never throws for bad input:
 * it returns every problem it finds, each with the path in the JSON's own field names. Encoding is
 * canonical (fixed field order, no whitespace, nulls left out, decimals as strings), so the same
 * declaration always gives the same bytes and the same {@link #contentHash}.
 * Instances are immutable and thread-safe.
 */
public final class DeclarationJsonCodec {
    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                            .maxStringLength(JsonLimits.MAX_STRING_LENGTH)
                            .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                            .maxDocumentLength(JsonLimits.MAX_INPUT_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Turns JSON bytes (UTF-8, UTF-16 or UTF-32) into a declaration or the list of what is wrong with them. */
    public Decoded decode(byte[] json) {
        if (json == null || json.length == 0) {
            return invalid(JsonCodes.JSON_MALFORMED, "", "the input is empty; expected a JSON object");
        }
        if (json.length > JsonLimits.MAX_INPUT_BYTES) {
            return invalid(JsonCodes.JSON_LIMIT_EXCEEDED, "", "the input is " + json.length + " bytes; at most "
                    + JsonLimits.MAX_INPUT_BYTES + " are accepted");
        }
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (StreamConstraintsException e) {
            return invalid(JsonCodes.JSON_LIMIT_EXCEEDED, "", e.getOriginalMessage() + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            return invalid(JsonCodes.JSON_MALFORMED, "", "not well-formed JSON: " + firstLine(e.getOriginalMessage()) + at(e.getLocation()));
        } catch (IOException e) {
            return invalid(JsonCodes.JSON_MALFORMED, "", "not readable as JSON: " + firstLine(e.getMessage()));
        } catch (NumberFormatException e) {
            // Jackson throws this unchecked for a number whose exponent does not fit an int (found by fuzzing).
            return invalid(JsonCodes.JSON_LIMIT_EXCEEDED, "", "a number is out of range: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return invalid(JsonCodes.JSON_MALFORMED, "", "the input holds no JSON value; expected a JSON object");
        }
        return decode(root);
    }

    /**
     * Turns an already parsed JSON tree into a declaration, with the same checks as {@link #decode(byte[])};
     * other formats (e.g. a CSV manifest line) map their fields onto this tree so every format reads
     * values by the same rules.
     */
    public Decoded decode(JsonNode root) {
        if (!root.isObject()) {
            return invalid(JsonCodes.JSON_NOT_OBJECT, "", "a declaration is a JSON object, found " + FieldReader.describe(root));
        }
        DeclarationReader reader = new DeclarationReader();
        Declaration declaration = reader.read(root);
        List<Problem> problems = reader.problems();
        return problems.isEmpty() ? new Decoded.Ok(declaration) : new Decoded.Invalid(problems);
    }

    /** The canonical JSON of a declaration, UTF-8. */
    public byte[] encode(Declaration declaration) {
        return DeclarationWriter.bytes(declaration);
    }

    /** SHA-256 of the canonical JSON, lower-case hex: the same for any input that decodes to the same declaration. */
    public String contentHash(Declaration declaration) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encode(declaration)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Decoded invalid(String code, String path, String message) {
        return new Decoded.Invalid(List.of(new Problem(code, path, Unicode.clean(message))));
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) return "";
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

}
