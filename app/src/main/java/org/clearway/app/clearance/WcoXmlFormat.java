package org.clearway.app.clearance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.clearway.app.http.ApiProblem;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Money;
import org.clearway.core.lifecycle.DeclarationStatus;
import org.clearway.core.risk.Lane;
import org.clearway.core.tariff.AmountsDue;
import org.clearway.core.tariff.ItemAmounts;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.AnswerJson;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.wco.DecDmsCodec;
import org.clearway.formats.wco.DecDmsPaths;
import org.clearway.formats.wco.DecDmsPointers;
import org.clearway.formats.wco.DmsNotification;
import org.clearway.formats.wco.DmsNotification.DeclarationReference;
import org.clearway.formats.wco.DmsNotification.DmsError;
import org.clearway.formats.wco.DmsNotification.DmsFunction;
import org.clearway.formats.wco.DmsNotification.DutyTaxFee;
import org.clearway.formats.wco.DmsNotification.ItemDuties;
import org.clearway.formats.wco.DmsNotification.Statement;
import org.clearway.formats.wco.NotificationXmlWriter;
import org.clearway.store.declaration.StoredDeclaration;

/**
 * WCO Data Model XML, DEC-DMS profile: declarations in, DMS notifications out (docs/formats.md).
 * An accepted lodgement is answered with one RES-DMS document: the acceptance (DMSACC), the tax
 * assessment (DMSTAX) when amounts were assessed, then a control notice (DMSCTL) for a yellow or
 * red lane, or the clearance (DMSCLE) when released. A refusal is one rejection (DMSREJ) with an
 * Error per problem, pointing at the DEC-DMS element.
 */
public final class WcoXmlFormat implements DeclarationFormat {
    private final DecDmsCodec codec = new DecDmsCodec();
    private final NotificationXmlWriter writer = new NotificationXmlWriter();
    private final Clock clock;

    public WcoXmlFormat(Clock clock) {
        this.clock = clock;
    }

    public WcoXmlFormat() {
        this(Clock.systemUTC());
    }

    @Override public String name() { return "xml"; }

    @Override public String label() { return "WCO Data Model XML (DEC-DMS)"; }

    @Override public List<String> mediaTypes() { return List.of("application/xml", "text/xml"); }

    @Override public List<String> extensions() { return List.of("xml"); }

    @Override public boolean looksLike(byte[] content) { return DecDmsCodec.looksLikeXml(content); }

    @Override public Decoded decode(byte[] body) { return codec.decode(body); }

    @Override
    public byte[] accepted(byte[] body, StoredDeclaration d, boolean created) {
        // Replays answer with the same notifications: their ids and times come from the stored declaration.
        DeclarationReference ref = new DeclarationReference(d.lodgedAt(), d.lrn(), d.mrn(), null, Integer.toString(d.version()), null);
        List<DmsNotification> out = new ArrayList<>();
        out.add(new DmsNotification(DmsFunction.ACCEPTED, id(d, "ACC"), d.lodgedAt(), null, null, null, null, ref));
        var assessment = DeclarationView.parse(d.assessmentJson());
        if (assessment != null && assessment.hasNonNull("amountsDue")) {
            List<ItemDuties> items = duties(AnswerJson.readAmounts(assessment.get("amountsDue")));
            if (!items.isEmpty()) {
                out.add(new DmsNotification(DmsFunction.TAX_ASSESSMENT, id(d, "TAX"), d.lodgedAt(), null, null, null, null,
                        new DeclarationReference(null, d.lrn(), d.mrn(), null, ref.version(), items)));
            }
        }
        DeclarationReference plain = new DeclarationReference(null, d.lrn(), d.mrn(), null, ref.version(), null);
        if (d.lane() == Lane.YELLOW || d.lane() == Lane.RED) {
            String reasons = assessment == null ? "" : reasons(assessment.path("laneDecision").path("reasons"));
            out.add(new DmsNotification(DmsFunction.CONTROL, id(d, "CTL"), d.updatedAt(),
                    List.of(new Statement(d.lane().name(), reasons.isEmpty() ? null : cut(reasons, 512), "CTL")), null, null, null, plain));
        } else if (d.status() == DeclarationStatus.RELEASED) {
            out.add(new DmsNotification(DmsFunction.CLEARED, id(d, "CLE"), d.updatedAt(), null, null, null, null, plain));
        }
        return writer.write(out);
    }

    @Override
    public byte[] refused(byte[] body, ApiProblem problem) {
        String lrn = null;
        DeclarationType type = null;
        if (codec.decode(body) instanceof Decoded.Ok(Declaration d)) {
            lrn = d.lrn() == null ? null : d.lrn().value();
            type = d.type();
        }
        List<DmsError> errors = new ArrayList<>();
        for (Problem p : problem.problems()) {
            String path = DecDmsPaths.of(p.path(), type);
            errors.add(new DmsError(validationCode(p.code()), cut(p.code() + " at " + path + ": " + p.message(), 512), DecDmsPointers.of(path)));
        }
        if (errors.isEmpty()) {
            errors.add(new DmsError("HTTP" + problem.status(), cut(problem.title() + ": " + problem.getMessage(), 512), List.of()));
        }
        var now = clock.instant();
        return writer.write(List.of(new DmsNotification(DmsFunction.REJECTED, UUID.randomUUID().toString().replace("-", ""), now,
                null, null, errors, null, new DeclarationReference(null, lrn, null, now, null, null))));
    }

    /**
     * DMS validation codes are at most 8 characters (CDS12005); ours are words (HS_CODE_UNKNOWN). The code
     * sent is "CW" and 6 hex digits of the word's SHA-256, stable across releases; the word itself opens the
     * Error's Description.
     */
    static String validationCode(String code) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return "CW" + HexFormat.of().withUpperCase().formatHex(h, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ItemDuties> duties(AmountsDue due) {
        List<ItemDuties> items = new ArrayList<>();
        for (ItemAmounts i : due.items()) {
            List<DutyTaxFee> fees = new ArrayList<>();
            if (i.duty() != null) fees.add(new DutyTaxFee(i.customsValue(), null, null, null, "A00", i.duty(), i.duty()));
            if (i.vat() != null) fees.add(new DutyTaxFee(vatBase(i), null, null, null, "B00", i.vat(), i.vat()));
            if (!fees.isEmpty()) items.add(new ItemDuties(i.sequence(), fees));
        }
        return items;
    }

    /** VAT is charged on the customs value plus the duty (when both are in one currency). */
    private static Money vatBase(ItemAmounts i) {
        if (i.customsValue() == null || i.duty() == null) return i.customsValue();
        return i.customsValue().currency().equals(i.duty().currency()) ? i.customsValue().plus(i.duty()) : null;
    }

    private static String reasons(com.fasterxml.jackson.databind.JsonNode reasons) {
        List<String> texts = new ArrayList<>();
        reasons.forEach(r -> texts.add(r.path("text").asText("")));
        return String.join("; ", texts);
    }

    private static String id(StoredDeclaration d, String function) {
        return UUID.nameUUIDFromBytes((d.mrn() + "/" + d.version() + "/" + function).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** On one line (DMS text types refuse line breaks) and at most {@code max} characters. */
    private static String cut(String s, int max) {
        s = s.replace('\r', ' ').replace('\n', ' ');
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
