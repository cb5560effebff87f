package org.clearway.analytics.feature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Reads and writes the feature side of a saved model (schema, vocabulary, history) in one place. */
public final class ModelParts {
    private ModelParts() {}

    public static void write(DataOutputStream out, FeatureSchema schema, History history) throws IOException {
        schema.write(out);
        history.write(out);
    }

    public record Read(FeatureSchema schema, History history) {}

    public static Read read(DataInputStream in) throws IOException {
        FeatureSchema s = FeatureSchema.read(in);
        return new Read(s, History.read(in));
    }
}
