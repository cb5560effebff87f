package org.clearway.app.web;

/** Escaping for HTML text and attribute values: every value that goes into a page passes through here. */
public final class Html {
    private Html() {}

    /** The text with {@code & < > " '} replaced by entities; null becomes the empty string. Safe in text and in quoted attributes. */
    public static String escape(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null) {
                if (out != null) out.append(c);
            } else {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(entity);
            }
        }
        return out == null ? s : out.toString();
    }

    /** A query-string value, percent-encoded (then escaped when placed in an attribute). */
    public static String url(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
