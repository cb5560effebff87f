package org.clearway.formats.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test interchanges in src/test/resources/org/clearway/formats/edifact. */
final class Samples {
    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test interchange " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
