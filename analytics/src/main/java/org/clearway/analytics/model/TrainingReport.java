package org.clearway.analytics.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a model was trained on and how it did on the months held out for early stopping: the
 * training window, row and fraud counts, the number of boosting rounds chosen, and metrics on the
 * held-out part. Stored with the model and shown by the API.
 */
public record TrainingReport(LocalDate windowStart, LocalDate windowEnd, int rows, int frauds,
                             LocalDate holdoutStart, int holdoutRows, int rounds, double holdoutAuc,
                             double holdoutPrecisionAt5, double holdoutPrecisionAt10, long trainingMillis) {

    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holdoutAuc", holdoutAuc);
        m.put("holdoutPrecisionAt5", holdoutPrecisionAt5);
        m.put("holdoutPrecisionAt10", holdoutPrecisionAt10);
        m.put("rounds", rounds);
        m.put("trainingMillis", trainingMillis);
        return m;
    }
}
