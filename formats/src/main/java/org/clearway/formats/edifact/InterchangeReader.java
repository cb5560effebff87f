package org.clearway.formats.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an interchange with StAEDI's stream reader, which checks the service segments against its
 * control schemas (UNB, UNH, UNT and UNZ contents, counts and references), and adds the checks of its
 * own that a message needs here: the message is a CUSDEC of directory D96B or D01B, each segment is
 * one CUSDEC has in that section, values are no longer than {@link EdifactLimits#MAX_ELEMENT_LENGTH}
 * and use only characters of the announced syntax level. Never throws for bad input: every problem
 * becomes a {@link SyntaxError}.
 */
public final class InterchangeReader {
    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    private final List<SyntaxError> interchangeErrors = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private Envelope envelope;
    private String syntaxId = "UNOC";
    private int errorCount;
    private boolean unsupportedSyntax;

    // the message being read
    private int unhPosition = -1;
    private String messageRef;
    private List<Segment> segments;
    private List<SyntaxError> messageErrors;
    private String section;

    // the segment being read
    private String tag;
    private int line;
    private int position;
    private List<List<String>> elements;

    private final boolean cusdec;

    private InterchangeReader(boolean cusdec) {
        this.cusdec = cusdec;
    }

    /** Reads {@code input}, whatever it holds, as an interchange of CUSDEC messages. */
    public static Interchange read(byte[] input) {
        return read(input, true);
    }

    /**
     * Reads {@code input}; with {@code cusdec} false only the envelope, characters and lengths are
     * checked, not that the messages are CUSDECs (to read Clearway's own CUSRES and CONTRL answers).
     */
    static Interchange read(byte[] input, boolean cusdec) {
        InterchangeReader r = new InterchangeReader(cusdec);
        if (input.length > EdifactLimits.MAX_INPUT_BYTES) {
            r.interchangeErrors.add(new SyntaxError(SyntaxCodes.UNSPECIFIED, null, 0, null, 0, 0, 0,
                    "the interchange is " + input.length + " bytes; at most " + EdifactLimits.MAX_INPUT_BYTES + " are accepted"));
        } else {
            r.readAll(input);
        }
        return new Interchange(r.envelope == null ? Envelope.unknown() : r.envelope, r.messages, r.interchangeErrors);
    }

    private void readAll(byte[] input) {
        boolean ended = false;
        java.nio.charset.Charset charset = CharacterSets.charset(CharacterSets.sniff(input));
        if (!decodes(input, charset)) return;
        io.xlate.edi.schema.Schema control = ControlSchemas.forVersion(CharacterSets.sniffVersion(input));
        try (EDIStreamReader reader = control == null ? FACTORY.createEDIStreamReader(new ByteArrayInputStream(input), charset.name())
                : FACTORY.createEDIStreamReader(new ByteArrayInputStream(input), charset.name(), control)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                Location at = reader.getLocation();
                switch (event) {
                    case START_SEGMENT -> startSegment(reader.getText(), at);
                    case ELEMENT_DATA -> element(reader.getText(), at);
                    case END_SEGMENT -> endSegment(reader);
                    case START_TRANSACTION -> startMessage(at);
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(
                            SyntaxCodes.of(reader.getErrorType()), at, describe(reader), at.getSegmentTag());
                    case END_INTERCHANGE -> ended = true;
                    default -> { }
                }
                if (messages.size() > EdifactLimits.MAX_MESSAGES) {
                    interchangeError(SyntaxCodes.UNSPECIFIED, 0, null, 0, "more than " + EdifactLimits.MAX_MESSAGES + " messages in one interchange");
                    return;
                }
                if (segments != null && segments.size() > EdifactLimits.MAX_SEGMENTS_PER_MESSAGE) {
                    interchangeError(SyntaxCodes.UNSPECIFIED, position, tag, line, "more than " + EdifactLimits.MAX_SEGMENTS_PER_MESSAGE + " segments in message " + messageRef);
                    return;
                }
            }
        } catch (EDIStreamException e) {
            Location at = e.getLocation();
            String text = e.getMessage() == null ? "the interchange could not be read" : e.getMessage();
            if (text.contains("Unexpected end of stream")) text = "the interchange ends early (truncated): " + text;
            interchangeError(SyntaxCodes.UNSPECIFIED, at == null ? 0 : Math.max(0, at.getSegmentPosition()),
                    at == null ? null : at.getSegmentTag(), at == null ? 0 : Math.max(0, at.getLineNumber()), text);
            return;
        } catch (IOException | RuntimeException e) {
            // StAEDI signals some malformed input with unchecked exceptions; they are input problems too.
            interchangeError(SyntaxCodes.UNSPECIFIED, 0, null, 0, "the interchange could not be read: " + e);
            return;
        }
        if (!ended) {
            interchangeError(SyntaxCodes.MISSING, position, "UNZ", line, "the interchange ends early: no UNZ");
        } else if (messages.isEmpty() && envelope != null) {
            interchangeError(SyntaxCodes.MISSING, position, "UNH", line, "the interchange holds no message");
        }
    }

    /** Whether the bytes are text in {@code charset}; if not, the error says where (UNOW and UTF-8). */
    private boolean decodes(byte[] input, java.nio.charset.Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        var in = java.nio.ByteBuffer.wrap(input);
        var out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                int atLine = 1;
                for (int i = 0; i < offset; i++) if (input[i] == '\n') atLine++;
                interchangeError(SyntaxCodes.INVALID_CHARACTERS, 0, null, atLine, "byte " + offset + " (line " + atLine + ") is not "
                        + charset.name() + ", the encoding syntax identifier " + CharacterSets.sniff(input) + " announces");
                return false;
            }
            if (result.isUnderflow()) return true;
            out.clear();
        }
    }

    private void startSegment(String segmentTag, Location at) {
        tag = segmentTag;
        line = Math.max(1, at.getLineNumber());
        position = at.getSegmentPosition();
        elements = new ArrayList<>();
    }

    private void element(String text, Location at) {
        int e = at.getElementPosition();
        int c = at.getComponentPosition();
        if (e < 1 || elements == null) return;
        if (unsupportedSyntax) return; // one error says it all: the rest cannot be read as intended
        if (at.getElementOccurrence() > 1) {
            // No element of the service segments or of CUSDEC D96B/D01B repeats.
            error(SyntaxCodes.TOO_MANY_REPETITIONS, e, Math.max(0, c), "element " + e + " is repeated; it may occur once");
            return;
        }
        while (elements.size() < e) elements.add(new ArrayList<>());
        List<String> components = elements.get(e - 1);
        int index = Math.max(1, c);
        while (components.size() < index) components.add("");
        components.set(index - 1, text);
        check(text, e, Math.max(0, c));
    }

    private void check(String text, int e, int c) {
        if (tag.equals("UNA")) return;
        if (text.length() > EdifactLimits.MAX_ELEMENT_LENGTH) {
            error(SyntaxCodes.TOO_LONG, e, c, "the value is " + text.length() + " characters; at most " + EdifactLimits.MAX_ELEMENT_LENGTH);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!CharacterSets.allows(syntaxId, ch)) {
                error(SyntaxCodes.INVALID_CHARACTERS, e, c, String.format("character U+%04X is not in syntax level %s", (int) ch, syntaxId));
                return;
            }
        }
    }

    private void endSegment(EDIStreamReader reader) {
        Segment segment = new Segment(tag, segments == null ? 0 : position - unhPosition + 1, line, elements);
        switch (tag) {
            case "UNB" -> envelope(segment, reader);
            case "UNH" -> { }
            case "UNT", "UNZ", "UNA", "UNG", "UNE" -> { }
            default -> {
                if (cusdec) structure(segment);
            }
        }
        if (segments != null) {
            segments.add(segment);
            if (tag.equals("UNH") && cusdec) checkMessageType(segment);
            if (tag.equals("UNT")) endMessage(segment);
        }
    }

    private void envelope(Segment unb, EDIStreamReader reader) {
        syntaxId = unb.at(1, 1);
        Character decimal = reader.getDelimiters().get(Delimiters.DECIMAL);
        envelope = new Envelope(unb.at(1, 1), unb.at(1, 2), unb.at(2, 1), unb.at(2, 2), unb.at(3, 1), unb.at(3, 2),
                unb.at(5, 1), decimal == null ? '.' : decimal);
        unsupportedSyntax = !CharacterSets.known(syntaxId, unb.at(1, 2)) || !(unb.at(1, 2).equals("3") || unb.at(1, 2).equals("4"));
        if (!CharacterSets.known(syntaxId, "4")) {
            error(SyntaxCodes.SYNTAX_NOT_SUPPORTED, 1, 1, "syntax identifier " + syntaxId + " is not supported; use one of " + CharacterSets.KNOWN);
        } else if (unb.at(1, 2).equals("3") && !CharacterSets.known(syntaxId, "3")) {
            error(SyntaxCodes.SYNTAX_NOT_SUPPORTED, 1, 1, "syntax identifier " + syntaxId + " needs syntax version 4");
        } else if (!unb.at(1, 2).equals("3") && !unb.at(1, 2).equals("4")) {
            error(SyntaxCodes.SYNTAX_NOT_SUPPORTED, 1, 2, "syntax version " + unb.at(1, 2) + " is not supported; use 3 or 4");
        }
    }

    private void startMessage(Location at) {
        unhPosition = at.getSegmentPosition();
        segments = new ArrayList<>();
        messageErrors = new ArrayList<>();
        section = "heading";
        messageRef = null;
    }

    private void checkMessageType(Segment unh) {
        messageRef = unh.at(1);
        String type = unh.at(2, 1), version = unh.at(2, 2), release = unh.at(2, 3), agency = unh.at(2, 4);
        if (!type.equals("CUSDEC")) {
            messageErrors.add(err(SyntaxCodes.VALUE_NOT_SUPPORTED, unh, 2, 1, "message type " + type + " is not accepted here; send CUSDEC"));
        } else if (!version.equals("D") || !(release.equals("96B") || release.equals("01B")) || !agency.equals("UN")) {
            messageErrors.add(err(SyntaxCodes.VALUE_NOT_SUPPORTED, unh, 2, 3,
                    "CUSDEC " + version + ":" + release + ":" + agency + " is not supported; send D:96B:UN or D:01B:UN"));
        }
    }

    private void structure(Segment s) {
        if (segments == null) {
            interchangeError(SyntaxCodes.NOT_SUPPORTED_HERE, position, tag, line, "segment " + tag + " outside a message");
            return;
        }
        if (segments.size() == 1 && !tag.equals("BGM")) {
            messageErrors.add(err(SyntaxCodes.MISSING, s, 0, 0, "a CUSDEC starts with BGM after UNH; found " + tag));
        }
        if (tag.equals("UNS")) {
            String id = s.at(1);
            if (id.equals("D") && section.equals("heading")) section = "detail";
            else if (id.equals("S") && !section.equals("summary")) section = "summary";
            else messageErrors.add(err(SyntaxCodes.NOT_SUPPORTED_HERE, s, 1, 0, "UNS+" + id + " is not expected in the " + section + " section"));
            return;
        }
        if (!CusdecStructure.known(tag)) {
            messageErrors.add(err(SyntaxCodes.NOT_SUPPORTED_HERE, s, 0, 0, "segment " + tag + " is not part of a CUSDEC message"));
            return;
        }
        var allowed = switch (section) {
            case "heading" -> CusdecStructure.HEADING;
            case "detail" -> CusdecStructure.DETAIL;
            default -> CusdecStructure.SUMMARY;
        };
        if (!allowed.contains(tag)) {
            messageErrors.add(err(SyntaxCodes.NOT_SUPPORTED_HERE, s, 0, 0, "segment " + tag + " is not expected in the " + section + " section of a CUSDEC"));
        }
    }

    private void endMessage(Segment unt) {
        if (cusdec && !section.equals("summary")) {
            messageErrors.add(err(SyntaxCodes.MISSING, unt, 0, 0, "UNS+D and UNS+S must separate heading, goods items and summary; "
                    + (section.equals("heading") ? "no UNS+D found" : "no UNS+S found")));
        }
        Segment unh = segments.get(0);
        messages.add(new Message(messageRef == null ? "" : messageRef, unh.at(2, 1), unh.at(2, 2), unh.at(2, 3), segments, messageErrors));
        segments = null;
        messageErrors = null;
        messageRef = null;
    }

    private SyntaxError err(String code, Segment s, int e, int c, String text) {
        errorCount++;
        return new SyntaxError(code, messageRef, s.position(), s.tag(), e, c, s.line(), text);
    }

    /** An error at the current segment's element {@code e}, component {@code c}. */
    private void error(String code, int e, int c, String text) {
        if (++errorCount > EdifactLimits.MAX_ERRORS) return;
        boolean inMessage = segments != null;
        SyntaxError error = new SyntaxError(code, inMessage ? messageRef : null, inMessage ? position - unhPosition + 1 : position, tag, e, c, line, text);
        if (inMessage) messageErrors.add(error); else interchangeErrors.add(error);
    }

    private void error(String code, Location at, String text, String segmentTag) {
        if (++errorCount > EdifactLimits.MAX_ERRORS) return;
        boolean inMessage = segments != null && !"UNZ".equals(segmentTag);
        int pos = at.getSegmentPosition();
        SyntaxError error = new SyntaxError(code, inMessage ? messageRef : null, inMessage ? pos - unhPosition + 1 : pos, segmentTag,
                Math.max(0, at.getElementPosition()), Math.max(0, at.getComponentPosition()), Math.max(0, at.getLineNumber()), text);
        if (inMessage) messageErrors.add(error); else interchangeErrors.add(error);
    }

    private void interchangeError(String code, int pos, String segmentTag, int atLine, String text) {
        interchangeErrors.add(new SyntaxError(code, null, pos, segmentTag, 0, 0, atLine, text));
    }

    private static String describe(EDIStreamReader reader) {
        String value = reader.hasText() ? reader.getText() : "";
        String text = reader.getErrorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return value.isEmpty() ? text : text + " ('" + value + "')";
    }
}
