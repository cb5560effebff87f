package org.clearway.store.declaration;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Rows in PostgreSQL COPY's text format, written straight into UTF-8 bytes: fields separated by
 * tabs, rows ended by a newline, null as {@code \N}, and backslash, tab, newline and carriage return
 * escaped with a backslash. A lone surrogate (not valid UTF-16) becomes {@code ?}, as
 * {@link String#getBytes} makes it. Not thread-safe: one per batch.
 */
final class CopyText {
    private byte[] bytes;
    private int length;

    CopyText(int expectedBytes) {
        bytes = new byte[Math.max(256, expectedBytes)];
    }

    /** A field, escaped; null as {@code \N}. */
    CopyText field(String value) {
        if (value == null) return raw('\\').raw('N');
        int n = value.length();
        room(n * 3);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { bytes[length++] = '\\'; bytes[length++] = '\\'; }
                    case '\t' -> { bytes[length++] = '\\'; bytes[length++] = 't'; }
                    case '\n' -> { bytes[length++] = '\\'; bytes[length++] = 'n'; }
                    case '\r' -> { bytes[length++] = '\\'; bytes[length++] = 'r'; }
                    default -> bytes[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[length++] = '?';
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** Text that needs no escaping (digits, timestamps, names of constants): as it is. */
    CopyText plain(String ascii) {
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) bytes[length++] = (byte) ascii.charAt(i);
        return this;
    }

    CopyText tab() { return raw('\t'); }

    CopyText endRow() { return raw('\n'); }

    int size() { return length; }

    InputStream stream() { return new ByteArrayInputStream(bytes, 0, length); }

    /** The bytes written so far (for tests). */
    byte[] toBytes() { return Arrays.copyOf(bytes, length); }

    private CopyText raw(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
