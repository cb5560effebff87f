package org.clearway.formats.edifact;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;

/**
 * UN/EDIFACT CUSDEC in (directories D96B and D01B), CUSRES and CONTRL out. Decoding never throws for
 * bad input: a syntax error gives problems with code {@value #SYNTAX_ERROR} (answered with a CONTRL),
 * anything else wrong gives problems pointing to the segment, element and line (answered with a
 * CUSRES). The mapping is documented in docs/formats.md.
 */
public final class EdifactCodec {
    /** The problem code of every syntax error; a refusal carrying one is answered with a CONTRL. */
    public static final String SYNTAX_ERROR = "EDIFACT_SYNTAX_ERROR";
    /** The problem code when a lodgement's interchange holds other than one message. */
    public static final String ONE_MESSAGE = "EDIFACT_ONE_MESSAGE_PER_LODGEMENT";

    /** The declaration in an interchange of exactly one CUSDEC message, or every problem found. */
    public Decoded decode(byte[] input) {
        Interchange in = InterchangeReader.read(input);
        if (in.hasSyntaxErrors()) return syntaxProblems(in.allErrors());
        if (in.messages().size() != 1) {
            Message second = in.messages().get(1);
            return new Decoded.Invalid(List.of(new Problem(ONE_MESSAGE, "message " + second.ref() + ", segment 1 UNH, line " + second.segments().get(0).line(),
                    "a lodgement carries one CUSDEC; this interchange holds " + in.messages().size() + " (use ./clearway import for interchanges of many)")));
        }
        return CusdecDecoder.decode(in.messages().get(0), in.envelope().decimalMark()).decoded();
    }

    /**
     * One result per message of the interchange (for import); a message with syntax errors is Invalid
     * on its own, and an interchange-level error (envelope, truncation, limits) makes a single Invalid.
     */
    public List<Decoded> decodeEach(byte[] input) {
        Interchange in = InterchangeReader.read(input);
        if (!in.errors().isEmpty()) return List.of(syntaxProblems(in.errors()));
        List<Decoded> out = new ArrayList<>();
        for (Message m : in.messages()) {
            out.add(m.errors().isEmpty() ? CusdecDecoder.decode(m, in.envelope().decimalMark()).decoded() : syntaxProblems(m.errors()));
        }
        return out;
    }

    /** The interchange as read, with its syntax errors; for callers that answer it themselves. */
    public Interchange read(byte[] input) { return InterchangeReader.read(input); }

    /** The CUSRES accepting the lodgement in {@code request}. */
    public byte[] accepted(byte[] request, Outcome.Accepted outcome, LocalDateTime at) {
        Interchange in = InterchangeReader.read(request);
        Message m = in.messages().isEmpty() ? null : in.messages().get(0);
        CusdecDecoder.Mapped mapped = m == null ? null : CusdecDecoder.decode(m, in.envelope().decimalMark());
        return answer(in.envelope(), e -> CusresWriter.write(e, m == null ? "96B" : m.release(), m == null ? "1" : m.ref(), mapped, outcome,
                Envelopes.answerRef(in.envelope().controlRef()), at));
    }

    /**
     * The answer refusing {@code request}: a CONTRL when the interchange has syntax errors, otherwise a
     * CUSRES whose error points lead to the segment and element of each problem.
     */
    public byte[] refused(byte[] request, Outcome.Refused outcome, LocalDateTime at) {
        Interchange in = InterchangeReader.read(request);
        String ref = Envelopes.answerRef(in.envelope().controlRef());
        if (in.hasSyntaxErrors() || in.messages().isEmpty()) return answer(in.envelope(), e -> ContrlWriter.write(in, e, ref, at));
        Message m = in.messages().get(0);
        CusdecDecoder.Mapped mapped = CusdecDecoder.decode(m, in.envelope().decimalMark());
        return answer(in.envelope(), e -> CusresWriter.write(e, m.release(), m.ref(), mapped, outcome, ref, at));
    }

    /** The CONTRL for an interchange (acknowledging it when it has no syntax errors). */
    public byte[] contrl(byte[] request, LocalDateTime at) {
        Interchange in = InterchangeReader.read(request);
        return answer(in.envelope(), e -> ContrlWriter.write(in, e, Envelopes.answerRef(in.envelope().controlRef()), at));
    }

    /**
     * An answer sent back through the received envelope; when StAEDI's control schema refuses a value
     * echoed from it (a qualifier outside its code list, say), through the same envelope without the
     * qualifiers, and failing that through a neutral one. An answer always goes out.
     */
    private static byte[] answer(Envelope received, java.util.function.Function<Envelope, byte[]> write) {
        try {
            return write.apply(received);
        } catch (RuntimeException refused) {
            try {
                return write.apply(new Envelope(received.syntaxId(), received.syntaxVersion(), received.sender(), null,
                        received.recipient(), null, received.controlRef(), received.decimalMark()));
            } catch (RuntimeException again) {
                return write.apply(Envelope.unknown());
            }
        }
    }

    private static Decoded syntaxProblems(List<SyntaxError> errors) {
        List<Problem> problems = new ArrayList<>();
        for (SyntaxError e : errors) {
            problems.add(new Problem(SYNTAX_ERROR, e.where(), "syntax error " + e.code() + ": " + e.text()));
        }
        return new Decoded.Invalid(problems);
    }
}
