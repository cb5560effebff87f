package org.clearway.formats.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text written straight into a byte array while it is all ASCII, escaped as {@link JsonText}
 * escapes it: each character is one byte, the same in UTF-8 and in a String, so the canonical bytes
 * and the assessment's String come out of one copy. At the first character past ASCII it stops
 * ({@link #ascii} turns false) and the writer starts again with {@link JsonText}, which writes any
 * text. One per thread is reused.
 */
final class AsciiJson implements JsonOut {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int KEPT_CAPACITY = 1 << 16;
    private static final ThreadLocal<AsciiJson> THREAD = ThreadLocal.withInitial(AsciiJson::new);

    private byte[] out = new byte[2048];
    private char[] scratch = new char[256];
    private int length;
    private boolean ascii;
    private boolean inUse;
    private boolean follows;

    private AsciiJson() {}

    /** This thread's writer, emptied ({@link #release} it after use); a new one if it is in use. */
    static AsciiJson borrow() {
        AsciiJson a = THREAD.get();
        if (a.inUse) a = new AsciiJson();
        a.inUse = true;
        a.length = 0;
        a.ascii = true;
        a.follows = false;
        return a;
    }

    void release() {
        if (out.length > KEPT_CAPACITY) out = new byte[2048];
        if (scratch.length > KEPT_CAPACITY) scratch = new char[256];
        inUse = false;
    }

    /** Whether everything written was ASCII; if not, what was written is incomplete. */
    boolean ascii() {
        return ascii;
    }

    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    String text() {
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void startObject() {
        separate();
        put((byte) '{');
        follows = false;
    }

    @Override
    public void endObject() {
        put((byte) '}');
        follows = true;
    }

    @Override
    public void startArray() {
        separate();
        put((byte) '[');
        follows = false;
    }

    @Override
    public void endArray() {
        put((byte) ']');
        follows = true;
    }

    @Override
    public void name(String field) {
        separate();
        ascii(field);
        follows = false;
    }

    @Override
    public void string(String value) {
        separate();
        int n = value.length();
        room(6 * n + 2);
        if (n > scratch.length) scratch = new char[Math.max(n, scratch.length * 2)];
        char[] c = scratch;
        value.getChars(0, n, c, 0);
        byte[] o = out;
        int at = length;
        o[at++] = '"';
        for (int i = 0; i < n; i++) {
            char x = c[i];
            if (x >= 0x20 && x < 0x7f && x != '"' && x != '\\') o[at++] = (byte) x;
            else if (x == 0x7f) o[at++] = 0x7f;
            else if (x >= 0x80) {
                ascii = false;
                length = at;
                return;
            } else at = escape(o, at, x);
        }
        o[at++] = '"';
        length = at;
        follows = true;
    }

    @Override
    public void code(String value) {
        separate();
        room(value.length() + 2);
        out[length++] = '"';
        ascii(value);
        out[length++] = '"';
        follows = true;
    }

    /**
     * The digits written straight into the buffer when the unscaled value is under 2^62 in size and the scale
     * is 0 to 18 (every amount and quantity Clearway makes): {@code toPlainString} builds two strings
     * and a builder for each, and was a tenth of a bulk import's reading thread. Anything else goes
     * through {@code toPlainString}.
     */
    @Override
    public void decimal(BigDecimal value) {
        int scale = value.scale();
        BigInteger unscaled;
        if (scale < 0 || scale > 18 || (unscaled = value.unscaledValue()).bitLength() > 62) {
            code(value.toPlainString());
            return;
        }
        separate();
        long x = unscaled.longValue();
        room(42);
        byte[] o = out;
        int at = length;
        o[at++] = '"';
        if (x < 0) {
            o[at++] = '-';
            x = -x;
        }
        int digits = digits(x);
        if (digits <= scale) {
            o[at++] = '0';
            o[at++] = '.';
            for (int i = digits; i < scale; i++) o[at++] = '0';
            at = putDigits(o, at, x, digits);
        } else if (scale == 0) {
            at = putDigits(o, at, x, digits);
        } else {
            // the integer part, the point, then the scale's digits
            long pow = TEN_POWERS[scale];
            at = putDigits(o, at, x / pow, digits - scale);
            o[at++] = '.';
            at = putDigits(o, at, x % pow, scale);
        }
        o[at++] = '"';
        length = at;
        follows = true;
    }

    private static final long[] TEN_POWERS = new long[19];

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
    }

    /** How many decimal digits {@code x} (0 or more) has; 0 has one. */
    private static int digits(long x) {
        int n = 1;
        while (n < 19 && x >= TEN_POWERS[n]) n++;
        return n;
    }

    /** {@code x} (0 or more) as exactly {@code count} digits, zeros in front, from {@code at}; where it ends. */
    private static int putDigits(byte[] o, int at, long x, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            o[i] = (byte) ('0' + (int) (x % 10));
            x /= 10;
        }
        return at + count;
    }

    @Override
    public void number(int value) {
        separate();
        ascii(Integer.toString(value));
        follows = true;
    }

    @Override
    public void nullValue() {
        separate();
        ascii("null");
        follows = true;
    }

    private void separate() {
        if (follows) put((byte) ',');
    }

    private void put(byte b) {
        room(1);
        out[length++] = b;
    }

    /** Text known to be ASCII, copied byte for byte (the String's own Latin-1 bytes, by one array copy). */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is the copy without a charset lookup; ASCII loses nothing by it
    private void ascii(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, out, length);
        length += n;
    }

    private static int escape(byte[] o, int at, char x) {
        o[at++] = '\\';
        switch (x) {
            case '"' -> o[at++] = '"';
            case '\\' -> o[at++] = '\\';
            case '\b' -> o[at++] = 'b';
            case '\t' -> o[at++] = 't';
            case '\n' -> o[at++] = 'n';
            case '\f' -> o[at++] = 'f';
            case '\r' -> o[at++] = 'r';
            default -> {
                o[at++] = 'u';
                o[at++] = HEX[(x >> 12) & 0xF];
                o[at++] = HEX[(x >> 8) & 0xF];
                o[at++] = HEX[(x >> 4) & 0xF];
                o[at++] = HEX[x & 0xF];
            }
        }
        return at;
    }

    private void room(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(length + more, out.length * 2));
    }
}
