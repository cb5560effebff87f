package org.clearway.store.declaration;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Rows in PostgreSQL's COPY binary format, written through one small buffer that is handed to the
 * sink whenever it fills, so no array is large (a batch of 1,000 consignments is about 2.5 MB: as
 * one array it was a "humongous" object to G1, and each such allocation started a marking cycle over
 * the whole heap; {@code BulkLodgementJdbc.Batch} keeps it as 64 KiB chunks). Binary rather than text: no field is
 * escaped here or unescaped by the server, and numbers and times go as numbers.
 *
 * <p>Text is sent as UTF-8 (a lone surrogate becomes {@code ?}, as {@link String#getBytes} makes
 * it); {@code json} and {@code text} columns take the same bytes. Times are {@code timestamptz}:
 * microseconds since 2000-01-01 UTC. Not thread-safe; one per COPY statement.
 */
final class CopyBinary {
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** 2000-01-01T00:00:00Z in microseconds since 1970: PostgreSQL's epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    /** Where the bytes go: a prepared batch's chunks, or a test's array. */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;
    }

    private final Sink sink;
    private final byte[] buffer;
    private int length;
    private long rows;

    CopyBinary(Sink sink, int bufferBytes) {
        this.sink = sink;
        this.buffer = new byte[Math.max(64, bufferBytes)];
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        this.length = HEADER.length;
    }

    /** Starts a row of {@code fields} fields. */
    CopyBinary row(int fields) throws SQLException {
        room(2);
        putShort(fields);
        rows++;
        return this;
    }

    /** A text (or json) field; null as SQL NULL. */
    CopyBinary text(String value) throws SQLException {
        if (value == null) return nul();
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A bytea field given in hex (a content hash). */
    CopyBinary hex(String value) throws SQLException {
        if (value == null) return nul();
        return bytes(HexFormat.of().parseHex(value));
    }

    CopyBinary int4(int value) throws SQLException {
        room(8);
        putInt(4);
        putInt(value);
        return this;
    }

    /** A {@code timestamptz}, to the microsecond (finer parts are dropped, as the column would). */
    CopyBinary timestamp(Instant at) throws SQLException {
        // As at.truncatedTo(MICROS), without making that Instant (five a consignment): the nanos are never negative.
        long value = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000) - POSTGRES_EPOCH_MICROS;
        room(12);
        putInt(8);
        putInt((int) (value >>> 32));
        putInt((int) value);
        return this;
    }

    CopyBinary nul() throws SQLException {
        room(4);
        putInt(-1);
        return this;
    }

    /** Ends the data and sends what is left; the caller then ends the COPY. */
    void finish() throws SQLException {
        room(2);
        putShort(-1);
        flush();
    }

    long rows() { return rows; }

    private CopyBinary bytes(byte[] value) throws SQLException {
        room(4);
        putInt(value.length);
        int at = 0;
        while (at < value.length) {
            if (length == buffer.length) flush();
            int n = Math.min(value.length - at, buffer.length - length);
            System.arraycopy(value, at, buffer, length, n);
            length += n;
            at += n;
        }
        return this;
    }

    private void room(int bytes) throws SQLException {
        if (length + bytes > buffer.length) flush();
    }

    private void flush() throws SQLException {
        if (length == 0) return;
        sink.write(buffer, length);
        length = 0;
    }

    private void putShort(int v) {
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putInt(int v) {
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }
}
