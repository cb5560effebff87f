package org.clearway.formats.json;

/**
 * Where the hand-written JSON writers put their text, with the characters Jackson's default generator
 * wrote (see {@link JsonText}): {@link AsciiJson} for text that turns out all ASCII (nearly all), into
 * bytes; {@link JsonText} for any text.
 */
sealed interface JsonOut permits AsciiJson, JsonText {
    /** {@code "name":} for a field name that needs no escape, made once per name. */
    static String field(String name) {
        return "\"" + name + "\":";
    }

    void startObject();

    void endObject();

    void startArray();

    void endArray();

    /** A field's name, made by {@link #field}. */
    void name(String field);

    /** Any text, escaped where it must be. */
    void string(String value);

    /**
     * Text that cannot hold a character to escape by how it was made: only ASCII letters, digits and
     * {@code . - _ / +} (checked codes, plain decimals, ISO dates, enum names).
     */
    void code(String value);

    /** A decimal as a JSON string of its plain form, as {@code code(value.toPlainString())} writes it. */
    void decimal(java.math.BigDecimal value);

    void number(int value);

    void nullValue();
}
