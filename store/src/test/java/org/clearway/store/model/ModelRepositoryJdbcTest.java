package org.clearway.store.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.clearway.store.Database;
import org.clearway.store.TestDatabase;
import org.clearway.store.audit.AuditLogJdbc;
import org.junit.jupiter.api.Test;

/** Model versions on the real PostgreSQL: stored with their figures, activated one at a time, rolled back. */
class ModelRepositoryJdbcTest {
    private final Database db = TestDatabase.shared();
    private final AuditLogJdbc audit = new AuditLogJdbc(db);
    private final ModelRepositoryJdbc models = new ModelRepositoryJdbc(db, audit, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    private ModelVersion stored(String source) {
        return models.store("analyst1", new NewModelVersion(source, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), 37385, 8114,
                List.of("importer.fraudRate", "hs6.fraudRate"), "{\"holdoutAuc\": 0.85}", new byte[] {1, 2, 3}));
    }

    @Test
    void a_stored_version_keeps_its_window_features_metrics_and_bytes_and_starts_inactive() {
        ModelVersion v = stored("kcs train");
        assertThat(v.active()).isFalse();
        assertThat(v.windowEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(v.features()).containsExactly("importer.fraudRate", "hs6.fraudRate");
        assertThat(v.metricsJson()).contains("holdoutAuc");
        assertThat(models.bytes(v.version())).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(models.list()).contains(v);
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("model.store");
    }

    @Test
    void activating_one_version_deactivates_the_other_and_rollback_returns_to_the_one_before() {
        ModelVersion a = stored("a"), b = stored("b");
        models.activate("admin", a.version());
        models.activate("admin", b.version());
        assertThat(models.active()).map(ModelVersion::version).contains(b.version());
        assertThat(models.list().stream().filter(ModelVersion::active)).hasSize(1);

        ModelVersion back = models.rollback("admin");
        assertThat(back.version()).isEqualTo(a.version());
        assertThat(models.active()).map(ModelVersion::version).contains(a.version());
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("model.rollback");
        assertThatThrownBy(() -> models.activate("admin", a.version())).hasMessageContaining("already active");
        assertThatThrownBy(() -> models.activate("admin", 999_999)).hasMessageContaining("no model version 999999");
    }
}
