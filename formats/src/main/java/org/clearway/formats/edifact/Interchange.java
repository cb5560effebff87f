package org.clearway.formats.edifact;

import java.util.List;

/**
 * An interchange as read: its envelope (never null; {@link Envelope#unknown()} when UNB could not be
 * read), its messages, and the syntax errors found at interchange level (UNA, UNB, UNZ, truncation,
 * limits). Errors inside a message are in that message.
 */
public record Interchange(Envelope envelope, List<Message> messages, List<SyntaxError> errors) {
    public Interchange {
        messages = List.copyOf(messages);
        errors = List.copyOf(errors);
    }

    /** Whether any syntax error was found, at interchange level or in any message. */
    public boolean hasSyntaxErrors() {
        return !errors.isEmpty() || messages.stream().anyMatch(m -> !m.errors().isEmpty());
    }

    /** Every syntax error, interchange level first. */
    public List<SyntaxError> allErrors() {
        var all = new java.util.ArrayList<>(errors);
        messages.forEach(m -> all.addAll(m.errors()));
        return all;
    }
}
