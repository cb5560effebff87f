package org.clearway.formats.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;

/**
 * Reads a manifest one consignment at a time: memory stays flat whatever the file's size. Every
 * line gives a declaration or its problems, with the line number; a bad line never stops the lines
 * after it (except a bad CSV header, without which no line can be read). Never throws for bad
 * input; a failing stream ends the manifest with a {@link ManifestCodes#MANIFEST_READ_FAILED} line.
 * Blank lines are skipped. One reader per stream, used by one thread.
 */
public final class ManifestReader implements AutoCloseable {
    private static final DeclarationJsonCodec JSON = new DeclarationJsonCodec();
    private static final Pattern JSON_LRN = Pattern.compile("\"lrn\"\\s*:\\s*\"([A-Za-z0-9._/-]{1,35})\"");

    private final InputStream stream;
    private final RawLines lines;
    private final ManifestFormat format;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private List<ManifestColumn> columns;
    private boolean first = true;
    private boolean ended;

    /** Whether a CSV line is first decoded straight into the model ({@link CsvDecoder}); tests turn it off to get the reference path. */
    private final boolean direct;
    /** The direct decoder for the header's columns; null until the header is read. */
    private CsvDecoder decoder;
    /** The reference decoder for the header's columns (the JSON tree and the API's decoder); null until the header is read. */
    private CsvTree reference;
    /** The LRN column's index in a line (the header requires it). */
    private int lrnIndex;

    private ManifestReader(InputStream stream, ManifestFormat format, boolean direct) {
        this.stream = stream;
        this.format = format;
        this.direct = direct;
        this.lines = new RawLines(stream, ManifestLimits.MAX_LINE_BYTES);
    }

    public static ManifestReader open(InputStream stream, ManifestFormat format) {
        return new ManifestReader(stream, format, true);
    }

    /**
     * A reader that decodes every CSV line the reference way only: mapped onto the JSON tree and read by
     * the API's JSON decoder. What {@link #open} gives must be equal line for line (the differential test).
     */
    static ManifestReader openReference(InputStream stream, ManifestFormat format) {
        return new ManifestReader(stream, format, false);
    }

    /** How many lines were read so far (header and blank lines included). */
    public long linesRead() { return lines.linesRead(); }

    /** The next consignment, or empty at the end of the manifest. */
    public Optional<ManifestLine> next() {
        while (!ended) {
            RawLines.Raw raw;
            try {
                raw = lines.next();
            } catch (IOException e) {
                ended = true;
                return Optional.of(problem(lines.linesRead() + 1, null, ManifestCodes.MANIFEST_READ_FAILED, "",
                        "the manifest could not be read past line " + lines.linesRead() + ": " + e.getMessage()));
            }
            if (raw == null) { ended = true; break; }
            byte[] bytes = raw.bytes();
            if (first) {
                first = false;
                Optional<String> wide = wideEncoding(bytes);
                if (wide.isPresent()) {
                    ended = true;
                    return Optional.of(problem(raw.number(), null, ManifestCodes.ENCODING_INVALID, "",
                            "the manifest is " + wide.get() + "; manifests are UTF-8"));
                }
                if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                    bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
                }
            }
            if (raw.tooLong()) {
                if (format == ManifestFormat.CSV && columns == null) {
                    ended = true;
                    return Optional.of(problem(raw.number(), null, ManifestCodes.MANIFEST_HEADER_INVALID, "",
                            "the first line is " + raw.lengthIfTooLong() + " bytes; a header line is at most " + ManifestLimits.MAX_HEADER_BYTES));
                }
                return Optional.of(problem(raw.number(), null, ManifestCodes.LINE_TOO_LONG, "",
                        "line " + raw.number() + " is " + raw.lengthIfTooLong() + " bytes; at most " + ManifestLimits.MAX_LINE_BYTES + " are read"));
            }
            String text;
            if (ascii(bytes)) {
                text = new String(bytes, StandardCharsets.US_ASCII); // most lines: no decoder needed, nothing can be wrong
            } else {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                CharBuffer out = CharBuffer.allocate(bytes.length);
                CoderResult result = utf8.reset().decode(in, out, true);
                if (!result.isError()) result = utf8.flush(out);
                if (result.isError()) {
                    if (format == ManifestFormat.CSV && columns == null) ended = true;
                    return Optional.of(problem(raw.number(), null, ManifestCodes.ENCODING_INVALID, "",
                            "line " + raw.number() + " is not valid UTF-8 at byte " + (in.position() + 1) + "; manifests are UTF-8"));
                }
                text = out.flip().toString();
            }
            if (text.isBlank()) continue;
            if (format == ManifestFormat.CSV && columns == null) {
                Optional<ManifestLine> bad = header(raw.number(), text);
                if (bad.isPresent()) return bad;
                continue;
            }
            return Optional.of(switch (format) {
                case CSV -> csvLine(raw.number(), text);
                case JSONL -> jsonLine(raw.number(), bytes, text);
            });
        }
        return Optional.empty();
    }

    /** Reads the header's column names; a bad header is the manifest's one problem (nothing after it can be read). */
    private Optional<ManifestLine> header(long number, String text) {
        List<String> problems = new ArrayList<>();
        if (text.length() > ManifestLimits.MAX_HEADER_BYTES) problems.add("the header line is longer than " + ManifestLimits.MAX_HEADER_BYTES + " bytes");
        List<ManifestColumn> found = new ArrayList<>();
        Set<ManifestColumn> seen = EnumSet.noneOf(ManifestColumn.class);
        if (problems.isEmpty()) {
            switch (CsvFields.split(text)) {
                case CsvFields.Split.Broken(var message) -> problems.add(message);
                case CsvFields.Split.Fields(var names) -> {
                    for (String name : names) {
                        Optional<ManifestColumn> column = ManifestColumn.ofHeader(name.strip());
                        if (column.isEmpty()) problems.add("unknown column '" + printable(name) + "'");
                        else if (!seen.add(column.get())) problems.add("column '" + name.strip() + "' appears twice");
                        else found.add(column.get());
                    }
                }
            }
        }
        for (ManifestColumn required : List.of(ManifestColumn.LRN, ManifestColumn.DECLARANT_ID)) {
            if (problems.isEmpty() && !seen.contains(required)) problems.add("the column '" + required.header() + "' is required");
        }
        if (!problems.isEmpty()) {
            ended = true;
            return Optional.of(problem(number, null, ManifestCodes.MANIFEST_HEADER_INVALID, "",
                    "the first line must name the columns (see docs/formats.md): " + String.join("; ", problems)));
        }
        columns = List.copyOf(found);
        reference = new CsvTree(columns);
        decoder = new CsvDecoder(columns);
        lrnIndex = columns.indexOf(ManifestColumn.LRN);
        return Optional.empty();
    }

    private ManifestLine csvLine(long number, String text) {
        return switch (CsvFields.split(text, columns.size())) {
            case CsvFields.Split.Broken(var message) -> problem(number, null, ManifestCodes.CSV_MALFORMED, "", "line " + number + ": " + message);
            case CsvFields.Split.Fields(var values) -> {
                String lrn = lrnIndex < values.size() ? values.get(lrnIndex) : null;
                if (values.size() != columns.size()) {
                    yield problem(number, emptyToNull(lrn), ManifestCodes.CSV_FIELD_COUNT, "",
                            "line " + number + " has " + values.size() + " fields, the header has " + columns.size()
                                    + (values.size() < columns.size() ? " (is the file truncated?)" : ""));
                }
                // The text came from a strict UTF-8 decoding, which never gives a lone surrogate: no need to look for one.
                Declaration declaration = direct ? decoder.decode(values, false) : null;
                // A line the direct decoder refuses has a problem: the reference path finds and names it as the API does.
                yield new ManifestLine(number, emptyToNull(lrn),
                        declaration != null ? new Decoded.Ok(declaration) : reference.decode(values));
            }
        };
    }

    private ManifestLine jsonLine(long number, byte[] bytes, String text) {
        Decoded decoded = JSON.decode(bytes);
        String lrn = decoded instanceof Decoded.Ok(var d) && d.lrn() != null ? d.lrn().value() : null;
        if (lrn == null) {
            Matcher m = JSON_LRN.matcher(text);
            if (m.find()) lrn = m.group(1);
        }
        return new ManifestLine(number, lrn, decoded);
    }

    /** The problem with its path replaced by the CSV column that carries that element, where one does. */
    public static Problem inColumns(Problem p) {
        return ManifestColumn.ofPath(p.path()).map(c -> new Problem(p.code(), c.header(), p.message())).orElse(p);
    }

    private static ManifestLine problem(long number, String lrn, String code, String path, String message) {
        return new ManifestLine(number, lrn, new Decoded.Invalid(List.of(new Problem(code, path, message))));
    }

    private static boolean ascii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    private static Optional<String> wideEncoding(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return Optional.of("UTF-16 (little-endian byte order mark)");
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return Optional.of("UTF-16 (big-endian byte order mark)");
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) return Optional.of("UTF-16 or UTF-32 (NUL bytes in the first characters)");
        return Optional.empty();
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public void close() throws IOException { stream.close(); }
}
