package org.clearway.app.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.clearway.app.clearance.DeclarationFormat;
import org.clearway.app.clearance.DeclarationFormats;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.store.account.Account;

/** The upload formats in the order they are tried: the extension decides first, then the file's first bytes. */
final class UploadFormats {
    private UploadFormats() {}

    static final UploadFormat JSON = new UploadFormat() {
        public String name() { return "JSON"; }
        public boolean claims(String ext, byte[] content) { return ext.equals("json") || (ext.isEmpty() && firstChar(content) == '{'); }
        public DeclarationService.Lodged lodge(DeclarationService service, Account who, byte[] content) { return service.lodge(who, content); }
    };

    static final UploadFormat XML = accepted("xml");
    static final UploadFormat EDIFACT = accepted("edifact");

    static final List<UploadFormat> ALL = List.of(JSON, XML, EDIFACT);

    /** The upload of a format the API accepts (see {@link DeclarationFormats}). */
    private static UploadFormat accepted(String name) {
        DeclarationFormat f = DeclarationFormats.named(name).orElseThrow(() -> new IllegalStateException("no declaration format " + name));
        return new UploadFormat() {
            public String name() { return f.label(); }
            public boolean claims(String ext, byte[] content) { return f.extensions().contains(ext) || (ext.isEmpty() && f.looksLike(content)); }
            public DeclarationService.Lodged lodge(DeclarationService service, Account who, byte[] content) { return service.lodge(who, f.decode(content)); }
        };
    }

    static Optional<UploadFormat> detect(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (UploadFormat f : ALL) if (!ext.isEmpty() && f.claims(ext, content)) return Optional.of(f);
        for (UploadFormat f : ALL) if (f.claims("", content)) return Optional.of(f);
        return Optional.empty();
    }

    /** The first character that is not white space or a byte-order mark; 0 when none. */
    static char firstChar(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8);
        for (char c : head.toCharArray()) if (!Character.isWhitespace(c) && c != '\uFEFF') return c;
        return 0;
    }
}
