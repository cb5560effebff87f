package org.clearway.store.declaration;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.clearway.core.declaration.DeclarationType;

/** A declaration being lodged: who lodges it, its references, and its canonical JSON with that JSON's SHA-256 hex. */
public record NewDeclaration(String owner, String declarantId, String lrn, DeclarationType type, String contentHash,
                             String declarationJson, String actor, Instant at) {
    public NewDeclaration {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(declarantId, "declarantId");
        Objects.requireNonNull(lrn, "lrn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contentHash, "contentHash");
        // stored as its 32 bytes (migration V12)
        if (contentHash.length() != 64 || !hexDigits(contentHash)) {
            throw new IllegalArgumentException("contentHash must be a SHA-256 in 64 hex digits: " + contentHash);
        }
        Objects.requireNonNull(declarationJson, "declarationJson");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    private static boolean hexDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!HexFormat.isHexDigit(s.charAt(i))) return false;
        return true;
    }
}
