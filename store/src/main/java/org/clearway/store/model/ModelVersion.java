package org.clearway.store.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored version of the targeting model, without its bytes: who made it from what, its training
 * window, feature list and metrics (JSON object text), and whether it is the active one.
 */
public record ModelVersion(long version, Instant createdAt, String createdBy, String source, LocalDate windowStart,
                           LocalDate windowEnd, int rows, int frauds, List<String> features, String metricsJson, boolean active) {
    public ModelVersion {
        features = List.copyOf(features);
    }
}
