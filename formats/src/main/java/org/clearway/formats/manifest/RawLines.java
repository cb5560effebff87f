package org.clearway.formats.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so a wrong byte is reported for
 * its own line and the rest of the file is still read. Memory is bounded: a line longer than the
 * limit is skipped to its end and reported as too long, never held whole.
 */
final class RawLines {
    /** One line's bytes (without the line break), its 1-based number and, if too long, its full length. */
    record Raw(long number, byte[] bytes, long lengthIfTooLong) {
        boolean tooLong() { return lengthIfTooLong > 0; }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private long number;
    private byte[] line = new byte[1024];

    RawLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    long linesRead() { return number; }

    /** The next line, or null at the end of the stream. */
    Raw next() throws IOException {
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                if (eof) break;
                int n = in.read(buffer);
                if (n < 0) { eof = true; break; }
                pos = 0;
                limit = n;
                continue;
            }
            any = true;
            int newline = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') { newline = i; break; }
            }
            int end = newline < 0 ? limit : newline;
            int chunk = end - pos;
            if (total + chunk <= maxLineBytes) {
                if (length + chunk > line.length) line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + chunk)));
                System.arraycopy(buffer, pos, line, length, chunk);
                length += chunk;
            }
            total += chunk;
            pos = end;
            if (newline >= 0) { pos++; break; }
        }
        if (!any) return null;
        number++;
        if (total > maxLineBytes) return new Raw(number, new byte[0], total);
        if (length > 0 && line[length - 1] == '\r') length--;
        return new Raw(number, Arrays.copyOf(line, length), 0);
    }
}
