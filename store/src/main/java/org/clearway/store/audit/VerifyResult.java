package org.clearway.store.audit;

/** What walking the audit chain found: all entries intact, or the first entry that is not. */
public sealed interface VerifyResult {

    String message();

    /** Every entry is present, unaltered and linked to the one before. */
    record Intact(long entries) implements VerifyResult {
        public String message() { return "the audit log is intact: " + entries + " entries"; }
    }

    /** The entry's content no longer matches its hash. */
    record Altered(long seq) implements VerifyResult {
        public String message() { return "entry " + seq + " was altered: its content does not match its hash"; }
    }

    /** The sequence jumps over this number: the entry was removed. */
    record Missing(long seq) implements VerifyResult {
        public String message() { return "entry " + seq + " is missing"; }
    }

    /** The entry does not point at the hash of the entry before it (that one was replaced, or this one was). */
    record BrokenLink(long seq) implements VerifyResult {
        public String message() { return "entry " + seq + " does not link to entry " + (seq - 1) + ": the chain is broken"; }
    }
}
