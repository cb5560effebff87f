package org.clearway.formats.json;

/**
 * JSON text written by hand into a StringBuilder, with the characters Jackson's default generator
 * writes: no whitespace; {@code "} and {@code \} escaped with a backslash; control characters as
 * {@code \b \t \n \f \r} or a backslash, {@code u00XX} (capital hex); every other character as it is, except,
 * where the text is to be UTF-8 bytes ({@code surrogatesEscaped}), UTF-16 surrogates, which Jackson's
 * UTF-8 generator writes as backslash-u escapes one by one (paired or not). A string with none of
 * these (nearly all) is appended whole; one known to have none by how it was made (a code checked
 * where it was made, a decimal, a date, an enum's name) is appended without looking. The writers of
 * stored and hashed texts use it because the generator cost more than the rest of their work
 * (DeclarationWriterDifferentialTest and AnswerJsonWriterDifferentialTest hold them to the
 * generator's text). One per thread is reused, as the generator reused its buffers.
 */
final class JsonText implements JsonOut {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** A reused builder that grew past this is dropped rather than kept for the thread. */
    private static final int KEPT_CAPACITY = 1 << 16;
    private static final ThreadLocal<JsonText> THREAD = ThreadLocal.withInitial(JsonText::new);

    private StringBuilder out = new StringBuilder(2048);
    private char[] scratch = new char[256];
    private boolean surrogatesEscaped;
    private boolean inUse;
    /** Whether the next field or value follows another at its level, so needs a comma. */
    private boolean follows;

    private JsonText() {}

    /** This thread's writer, emptied ({@link #release} it after use); a new one if it is in use. */
    static JsonText borrow(boolean surrogatesEscaped) {
        JsonText t = THREAD.get();
        if (t.inUse) t = new JsonText();
        t.inUse = true;
        t.surrogatesEscaped = surrogatesEscaped;
        t.follows = false;
        t.out.setLength(0);
        return t;
    }

    void release() {
        if (out.capacity() > KEPT_CAPACITY) out = new StringBuilder(2048);
        if (scratch.length > KEPT_CAPACITY) scratch = new char[256];
        inUse = false;
    }

    @Override
    public void startObject() {
        separate();
        out.append('{');
        follows = false;
    }

    @Override
    public void endObject() {
        out.append('}');
        follows = true;
    }

    @Override
    public void startArray() {
        separate();
        out.append('[');
        follows = false;
    }

    @Override
    public void endArray() {
        out.append(']');
        follows = true;
    }

    @Override
    public void name(String field) {
        separate();
        out.append(field);
        follows = false;
    }

    @Override
    public void string(String value) {
        separate();
        out.append('"');
        if (plain(value)) out.append(value);
        else escaped(value);
        out.append('"');
        follows = true;
    }

    @Override
    public void code(String value) {
        separate();
        out.append('"').append(value).append('"');
        follows = true;
    }

    @Override
    public void decimal(java.math.BigDecimal value) {
        code(value.toPlainString());
    }

    @Override
    public void number(int value) {
        separate();
        out.append(value);
        follows = true;
    }

    @Override
    public void nullValue() {
        separate();
        out.append("null");
        follows = true;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (follows) out.append(',');
    }

    /** No character to escape: copied out in one go and looked at in the array, as the generator does. */
    private boolean plain(String s) {
        int n = s.length();
        if (n > scratch.length) scratch = new char[Math.max(n, scratch.length * 2)];
        char[] c = scratch;
        s.getChars(0, n, c, 0);
        if (surrogatesEscaped) {
            for (int i = 0; i < n; i++) {
                char x = c[i];
                if (x < 0x20 || x == '"' || x == '\\' || Character.isSurrogate(x)) return false;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char x = c[i];
                if (x < 0x20 || x == '"' || x == '\\') return false;
            }
        }
        return true;
    }

    private void escaped(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) {
                switch (c) {
                    case '\b' -> out.append("\\b");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\f' -> out.append("\\f");
                    case '\r' -> out.append("\\r");
                    default -> unicode(c);
                }
            } else if (surrogatesEscaped && Character.isSurrogate(c)) unicode(c);
            else out.append(c);
        }
    }

    private void unicode(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
