package org.clearway.app.web;

import org.clearway.app.clearance.DeclarationService;
import org.clearway.store.account.Account;

/**
 * A file format a trader may upload a declaration in. The upload page picks the format by the file's
 * extension, else by its first bytes; a format not yet accepted says so as a problem. The XML and
 * EDIFACT formats (issue 5) plug in here with their own {@code lodge}.
 */
interface UploadFormat {
    String name();

    /** Whether this format claims the file: by extension (lower case, no dot; may be empty) or else by content. */
    boolean claims(String extension, byte[] content);

    DeclarationService.Lodged lodge(DeclarationService service, Account who, byte[] content);
}
