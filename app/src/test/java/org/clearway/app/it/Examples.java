package org.clearway.app.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The example declarations of examples/declarations (bundled on the classpath), and fresh LRNs. */
public final class Examples {
    public static final String TRADER1_PARTY = "GB100000000001";
    public static final String TRADER2_PARTY = "NL200000000002";

    private Examples() {}

    /** The file exactly as it is in the repository. */
    public static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/declarations/" + name)) {
            if (in == null) throw new IllegalStateException("no example " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String name) {
        try {
            return (ObjectNode) Api.JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with a new LRN, so that no other test's lodgement can interfere. */
    public static ObjectNode withFreshLrn(String name) {
        ObjectNode d = json(name);
        d.put("lrn", freshLrn());
        return d;
    }

    public static String freshLrn() {
        return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }
}
