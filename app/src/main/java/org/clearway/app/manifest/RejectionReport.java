package org.clearway.app.manifest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.clearway.formats.manifest.ManifestLine;

/**
 * The report of a manifest's rejected consignments, as CSV: one row per problem with the line
 * number, the LRN as written, the problem's code, the column (or path) and the message, so a
 * declarant can fix the lines and send the file again.
 */
public final class RejectionReport implements AutoCloseable {
    public static final String HEADER = "line,lrn,code,field,message";
    private final BufferedWriter out;

    private RejectionReport(BufferedWriter out) { this.out = out; }

    public static RejectionReport create(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write('\n');
        return new RejectionReport(w);
    }

    public synchronized void add(ManifestLine line, List<Problem> problems) {
        try {
            for (Problem p : problems) {
                out.write(Long.toString(line.line()));
                out.write(',');
                out.write(quote(line.lrn()));
                out.write(',');
                out.write(quote(p.code()));
                out.write(',');
                out.write(quote(p.path()));
                out.write(',');
                out.write(quote(p.message()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejection report", e);
        }
    }

    /** A CSV field: quoted when it holds a comma, quote or line break; line breaks become spaces. */
    static String quote(String s) {
        if (s == null) return "";
        String flat = s.replace('\r', ' ').replace('\n', ' ');
        return flat.indexOf(',') < 0 && flat.indexOf('"') < 0 ? flat : '"' + flat.replace("\"", "\"\"") + '"';
    }

    @Override
    public synchronized void close() throws IOException { out.close(); }
}
