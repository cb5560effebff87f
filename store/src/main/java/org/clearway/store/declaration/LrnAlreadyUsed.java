package org.clearway.store.declaration;

/**
 * The declarant has already lodged a declaration with this LRN (found when a concurrent lodgement
 * committed first). The caller re-reads it with {@code findByLrn} and answers with that one.
 */
public final class LrnAlreadyUsed extends RuntimeException {
    private final String declarantId;
    private final String lrn;

    public LrnAlreadyUsed(String declarantId, String lrn) {
        super("declarant " + declarantId + " has already lodged a declaration with LRN " + lrn);
        this.declarantId = declarantId;
        this.lrn = lrn;
    }

    public String declarantId() { return declarantId; }

    public String lrn() { return lrn; }
}
