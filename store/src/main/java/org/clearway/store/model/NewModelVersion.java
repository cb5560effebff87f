package org.clearway.store.model;

import java.time.LocalDate;
import java.util.List;

/** A trained model to store: what it was trained on, its figures and its serialized bytes. */
public record NewModelVersion(String source, LocalDate windowStart, LocalDate windowEnd, int rows, int frauds,
                              List<String> features, String metricsJson, byte[] model) {
    public NewModelVersion {
        if (model == null || model.length == 0) throw new IllegalArgumentException("a model version needs the model's bytes");
        features = List.copyOf(features);
    }
}
