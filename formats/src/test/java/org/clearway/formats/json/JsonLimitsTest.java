package org.clearway.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.formats.json.DeclarationJsonCodecTest.ok;
import static org.clearway.formats.json.DeclarationJsonCodecTest.problems;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();

    private Decoded decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem only(Decoded decoded) {
        List<Problem> problems = problems(decoded);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private static String items(int n) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < n; i++) json.append(i == 0 ? "" : ",").append("{\"hsCode\":\"847130\"}");
        return json.append("]}").toString();
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedBeforeMapping() {
        String deep = "{\"a\":".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "1" + "}".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
        Problem p = only(decode(deep));
        assertThat(p.code()).isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
        assertThat(p.message()).contains("depth");
        String arrays = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(only(decode(arrays)).code()).isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void atMost999GoodsItems() {
        assertThat(ok(decode(items(JsonLimits.MAX_ITEMS))).items()).hasSize(999);
        Problem p = only(decode(items(JsonLimits.MAX_ITEMS + 1)));
        assertThat(p.code()).isEqualTo(JsonCodes.TOO_MANY_ITEMS);
        assertThat(p.path()).isEqualTo("items");
    }

    @Test
    void atMost99Documents() {
        String doc = "{\"type\":\"N380\",\"reference\":\"I-1\"},";
        String json = "{\"documents\":[" + doc.repeat(JsonLimits.MAX_DOCUMENTS) + doc.substring(0, doc.length() - 1) + "]}";
        Problem p = only(decode(json));
        assertThat(p.code()).isEqualTo(JsonCodes.TOO_MANY_DOCUMENTS);
        assertThat(p.path()).isEqualTo("documents");
    }

    @Test
    void stringFieldsHaveWcoLengths() {
        assertThat(ok(decode("{\"importer\":{\"name\":\"" + "N".repeat(70) + "\"}}")).importer().name()).hasSize(70);
        Problem name = only(decode("{\"importer\":{\"name\":\"" + "N".repeat(71) + "\"}}"));
        assertThat(name.code()).isEqualTo(JsonCodes.VALUE_TOO_LONG);
        assertThat(name.path()).isEqualTo("importer.name");
        assertThat(ok(decode("{\"items\":[{\"description\":\"" + "d".repeat(512) + "\"}]}")).items()).hasSize(1);
        assertThat(only(decode("{\"items\":[{\"description\":\"" + "d".repeat(513) + "\"}]}")).path()).isEqualTo("items[0].description");
        assertThat(only(decode("{\"transport\":{\"customsOffice\":\"" + "G".repeat(36) + "\"}}")).code()).isEqualTo(JsonCodes.VALUE_TOO_LONG);
    }

    @Test
    void aHugeStringIsRefusedByTheParser() {
        Problem p = only(decode("{\"lrn\":\"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"}"));
        assertThat(p.code()).isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void hugeNumbersAreRefused() {
        assertThat(only(decode("{\"items\":[{\"value\":" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "}]}")).code())
                .isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
        assertThat(only(decode("{\"items\":[{\"value\":\"" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "\"}]}")).code())
                .isEqualTo(JsonCodes.INVALID_VALUE);
        assertThat(only(decode("{\"items\":[{\"value\":1e999999999}]}")).code()).isEqualTo(JsonCodes.INVALID_VALUE);
        assertThat(only(decode("{\"items\":[{\"value\":1e-999999999}]}")).code()).isEqualTo(JsonCodes.INVALID_VALUE);
        assertThat(only(decode("{\"items\":[{\"value\":1e99999483648}]}")).code()).as("exponent beyond an int")
                .isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
        assertThat(only(decode("{\"items\":[{\"value\":\"12345678901234567\"}]}")).code()).isEqualTo(JsonCodes.INVALID_VALUE);
        assertThat(only(decode("{\"items\":[{\"value\":\"1.1234567\"}]}")).code()).isEqualTo(JsonCodes.INVALID_VALUE);
        assertThat(only(decode("{\"items\":[{\"sequence\":99999999999}]}")).code()).isEqualTo(JsonCodes.INVALID_VALUE);
    }

    @Test
    void anOversizedInputIsRefusedUnread() {
        byte[] big = new byte[JsonLimits.MAX_INPUT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        assertThat(only(codec.decode(big)).code()).isEqualTo(JsonCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void theProblemListIsCutShortButSaysSo() {
        String json = "{\"items\":[" + "{\"hsCode\":1},".repeat(300) + "{\"hsCode\":1}]}";
        List<Problem> problems = problems(decode(json));
        assertThat(problems).hasSize(JsonLimits.MAX_PROBLEMS + 1);
        assertThat(problems.getLast().code()).isEqualTo(JsonCodes.TOO_MANY_PROBLEMS);
        assertThat(problems.getLast().message()).startsWith("101 more problems");
    }
}
