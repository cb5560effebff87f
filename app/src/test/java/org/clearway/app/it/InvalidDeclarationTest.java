package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Declarations that cannot be accepted: each invalid example reports exactly its one problem and
 * nothing is stored; bodies that are not JSON, too large, of the wrong type or empty are refused.
 */
class InvalidDeclarationTest {
    private static final String IMPORT_LRN = "NWI-2026-0042";
    private static final String LOWVALUE_LRN = "NWL-2026-5512";

    private final Servers.Running server = Servers.standard();
    private final Api api = server.api();
    private final String trader1 = Servers.token("trader1");

    /** The table of examples/declarations/README.md. */
    @ParameterizedTest(name = "{0} -> {1} {2} at ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            invalid-malformed.json          | 400 | JSON_MALFORMED             | ''
            invalid-wrong-type.json         | 400 | TYPE_MISMATCH              | items
            invalid-unknown-field.json      | 400 | UNKNOWN_FIELD              | items[0].weight
            invalid-bad-enum.json           | 400 | INVALID_VALUE              | type
            invalid-hs-unknown.json         | 422 | HS_CODE_UNKNOWN            | items[0].hsCode
            invalid-hs-not-declarable.json  | 422 | HS_CODE_NOT_DECLARABLE     | items[0].hsCode
            invalid-country-unknown.json    | 422 | COUNTRY_UNKNOWN            | items[0].origin
            invalid-currency-unknown.json   | 422 | CURRENCY_UNKNOWN           | invoice.currency
            invalid-location-unknown.json   | 422 | LOCATION_UNKNOWN           | transport.loadingLocation
            invalid-missing-importer.json   | 422 | REQUIRED_ELEMENT_MISSING   | importer
            invalid-mass-not-positive.json  | 422 | MASS_NOT_POSITIVE          | items[1].netMass
            invalid-net-exceeds-gross.json  | 422 | NET_MASS_EXCEEDS_GROSS     | items[0].netMass
            invalid-invoice-mismatch.json   | 422 | INVOICE_TOTAL_MISMATCH     | invoice.amount
            invalid-date-future.json        | 422 | DATE_IN_FUTURE             | invoice.date
            invalid-lowvalue-ceiling.json   | 422 | LOW_VALUE_CEILING_EXCEEDED | invoice.amount
            """)
    void each_invalid_example_reports_exactly_its_problem_and_stores_nothing(String file, int status, String code, String path) {
        // A fresh LRN: an LRN conflict with another lodgement can then not hide (or fake) the problem.
        String lrn = Examples.freshLrn();
        String text = Examples.text(file);
        assertThat(text).as("the example carries the LRN of the valid file it was copied from").containsAnyOf(IMPORT_LRN, LOWVALUE_LRN);
        String body = text.replace(IMPORT_LRN, lrn).replace(LOWVALUE_LRN, lrn);
        long before = total();

        Api.Answer a = api.post("/api/v1/declarations", trader1, body);

        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).as(a.toString()).containsExactly(code + "@" + (path == null ? "" : path));
        assertThat(a.json().path("status").asInt()).isEqualTo(status);
        assertThat(a.json().path("instance").asText()).isEqualTo("/api/v1/declarations");
        assertThat(a.json().path("problems").get(0).path("message").asText()).isNotBlank();
        if (code.equals("JSON_MALFORMED")) assertThat(a.json().path("problems").get(0).path("message").asText()).contains("line");
        assertThat(total()).isEqualTo(before);
        assertThat(server.app().declarationRepository().findByLrn(Examples.TRADER1_PARTY, lrn)).isEmpty();
    }

    @Test
    void an_invalid_declaration_under_an_lrn_already_used_reports_its_problems_not_a_conflict() {
        ObjectNode valid = Examples.withFreshLrn("import-valid.json");
        assertThat(api.lodge(trader1, valid).status()).isEqualTo(201);
        ObjectNode invalid = Examples.json("invalid-hs-unknown.json");
        invalid.put("lrn", valid.path("lrn").asText());

        Api.Answer a = api.lodge(trader1, invalid);

        assertThat(a.status()).as(a.toString()).isEqualTo(422);
        assertThat(a.problems()).containsExactly("HS_CODE_UNKNOWN@items[0].hsCode");
    }

    @Test
    void a_body_that_is_not_a_json_object_is_a_400() {
        String[][] cases = {
                {"{\"type\": \"IMPORT\", \"lrn\":", "JSON_MALFORMED"},
                {"not json at all", "JSON_MALFORMED"},
                {"[1, 2, 3]", "JSON_NOT_OBJECT"},
                {"\"a string\"", "JSON_NOT_OBJECT"},
        };
        for (String[] c : cases) {
            Api.Answer a = api.post("/api/v1/declarations", trader1, c[0]);
            assertThat(a.status()).as(c[0] + " -> " + a).isEqualTo(400);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.problems()).as(c[0]).containsExactly(c[1] + "@");
        }
    }

    @Test
    void wrong_types_and_unknown_fields_are_named_by_their_path() {
        ObjectNode d = Examples.withFreshLrn("import-valid.json");
        d.put("incoterm", 42);
        ((ObjectNode) d.path("transport")).put("mode", "by sea");
        d.put("colour", "blue");
        ((ObjectNode) d.path("items").get(1)).put("weight", "12 kg");

        Api.Answer a = api.lodge(trader1, d);

        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        // all problems at once, each at its path: a number for a text field, text for a number field, two unknown fields
        assertThat(a.problems()).containsExactlyInAnyOrder(
                "TYPE_MISMATCH@incoterm", "INVALID_VALUE@transport.mode", "UNKNOWN_FIELD@colour", "UNKNOWN_FIELD@items[1].weight");
        assertThat(server.app().declarationRepository().findByLrn(Examples.TRADER1_PARTY, d.path("lrn").asText())).isEmpty();
    }

    @Test
    void a_body_over_4_mib_is_a_413() {
        byte[] big = new byte[4 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) ' ');
        byte[] head = "{\"type\": \"IMPORT\", \"lrn\": \"X\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        big[big.length - 1] = '}';

        Api.Answer a = api.post("/api/v1/declarations", trader1, "application/json", big);

        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains(String.valueOf(4 * 1024 * 1024));
    }

    @Test
    void a_body_over_4_mib_without_a_content_length_is_a_413_too() {
        byte[] big = new byte[5 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';

        Api.Answer a = api.postChunked("/api/v1/declarations", trader1, big);

        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_valid_declaration_sent_without_a_content_length_is_accepted() {
        Api.Answer a = api.postChunked("/api/v1/declarations", trader1, Api.bytes(Examples.withFreshLrn("export-valid.json")));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
    }

    @Test
    void a_body_that_is_not_json_by_content_type_is_a_415() {
        byte[] body = Api.bytes(Examples.withFreshLrn("import-valid.json"));
        Api.Answer a = api.post("/api/v1/declarations", trader1, "text/plain", body);
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("text/plain").contains("application/json");

        Api.Answer none = api.post("/api/v1/declarations", trader1, null, body);
        assertThat(none.status()).isEqualTo(415);
    }

    @Test
    void json_with_a_charset_is_accepted() {
        byte[] body = Api.bytes(Examples.withFreshLrn("lowvalue-valid.json"));
        assertThat(api.post("/api/v1/declarations", trader1, "application/json; charset=utf-8", body).status()).isEqualTo(201);
    }

    @Test
    void an_empty_body_is_a_400() {
        Api.Answer a = api.post("/api/v1/declarations", trader1, "application/json", new byte[0]);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).containsExactly("JSON_MALFORMED@");
    }

    @Test
    void a_command_with_a_broken_body_is_a_400_too() {
        Api.Answer a = api.post("/api/v1/auth/token", null, "{\"username\": ");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.problems()).containsExactly("JSON_MALFORMED@");
        Api.Answer empty = api.post("/api/v1/auth/token", null, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problems()).containsExactly("BODY_MISSING@");
    }

    private long total() {
        return api.get("/api/v1/declarations?limit=1", trader1).json().path("total").asLong();
    }
}
