package org.clearway.formats.wco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The DMS samples kept in src/test/resources/org/clearway/formats/wco/samples (see PROVENANCE.md there). */
final class Samples {
    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/org/clearway/formats/wco/samples/" + name)) {
            if (in == null) throw new IllegalArgumentException("no sample " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
