package org.clearway.core.declaration;

/** Unique Consignment Reference (WCO): follows the goods across declarations and borders. */
public record Ucr(String value) {
    public Ucr {
        if (value == null || value.isBlank() || value.length() > 35) {
            throw new IllegalArgumentException("a UCR is 1 to 35 characters");
        }
    }

    @Override public String toString() { return value; }
}
