package org.clearway.app.clearance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearway.app.http.ApiProblem;
import org.clearway.core.declaration.Money;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.formats.edifact.EdifactCodec;
import org.clearway.formats.edifact.Outcome;
import org.clearway.formats.json.AnswerJson;
import org.clearway.formats.json.Decoded;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * UN/EDIFACT: a CUSDEC (directory D96B or D01B) lodges a declaration; the answer is a CUSRES in the
 * same directory (accepted with MRN, status, lane and duties; refused with error points to segment
 * and element), or a CONTRL when the interchange has syntax errors. See docs/formats.md.
 */
public final class EdifactFormat implements DeclarationFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EdifactCodec codec = new EdifactCodec();
    private final Clock clock;

    public EdifactFormat() { this(Clock.systemUTC()); }

    EdifactFormat(Clock clock) { this.clock = clock; }

    @Override public String name() { return "edifact"; }

    @Override public String label() { return "UN/EDIFACT CUSDEC (D96B, D01B)"; }

    @Override public List<String> mediaTypes() { return List.of("application/edifact", "application/EDIFACT"); }

    @Override public List<String> extensions() { return List.of("edi", "edifact", "cusdec"); }

    @Override
    public boolean looksLike(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) i = 3;
        while (i < content.length && Character.isWhitespace(content[i])) i++;
        if (content.length - i < 3) return false;
        String start = new String(content, i, 3, java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.equals("UNA") || start.equals("UNB");
    }

    @Override public Decoded decode(byte[] body) { return codec.decode(body); }

    @Override public List<Decoded> decodeEach(byte[] file) { return codec.decodeEach(file); }

    @Override
    public byte[] accepted(byte[] body, StoredDeclaration d, boolean created) {
        return codec.accepted(body, new Outcome.Accepted(d.mrn(), d.lrn(), d.status().name(), d.lane() == null ? null : d.lane().name(),
                taxes(d.assessmentJson()), created), LocalDateTime.now(clock));
    }

    @Override
    public byte[] refused(byte[] body, ApiProblem problem) {
        return codec.refused(body, new Outcome.Refused(problem.title(), problem.getMessage(), problem.problems()), LocalDateTime.now(clock));
    }

    /** The duty, VAT and total due from the stored assessment, as CUSRES TAX groups; none when not assessed. */
    private static List<Outcome.Tax> taxes(String assessmentJson) {
        if (assessmentJson == null) return List.of();
        try {
            JsonNode amounts = JSON.readTree(assessmentJson).path("amountsDue");
            if (!amounts.isObject()) return List.of();
            AmountsDue due = AnswerJson.readAmounts(amounts);
            List<Outcome.Tax> taxes = new ArrayList<>();
            add(taxes, "CUD", due.duty());
            add(taxes, "VAT", due.vat());
            add(taxes, "TOTAL", due.total());
            return taxes;
        } catch (IOException | RuntimeException e) {
            return List.of(); // an assessment that cannot be read is left out of the answer, not a failed lodgement
        }
    }

    private static void add(List<Outcome.Tax> taxes, String type, Money m) {
        if (m != null) taxes.add(new Outcome.Tax(type, m.amount(), m.currency().value()));
    }
}
