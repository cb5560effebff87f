package org.clearway.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineCpuTest {
    @Test
    void the_aggregate_line_is_read_as_busy_idle_waiting_and_stolen() {
        // user nice system idle iowait irq softirq steal guest guest_nice, in ticks of 10 ms
        MachineCpu cpu = MachineCpu.parse("cpu  1000 20 300 5000 40 5 6 70 900 0");

        assertThat(cpu).isEqualTo(new MachineCpu((1000 + 20 + 300 + 5 + 6) * 10_000_000L, 5000 * 10_000_000L, 40 * 10_000_000L, 70 * 10_000_000L));
        assertThat(cpu.totalNanos()).isEqualTo((1331 + 5000 + 40 + 70) * 10_000_000L);
    }

    @Test
    void an_older_kernels_shorter_line_counts_the_missing_fields_as_zero_and_other_lines_are_refused() {
        assertThat(MachineCpu.parse("cpu 1 2 3 4").stealNanos()).isZero();
        assertThatThrownBy(() -> MachineCpu.parse("cpu0 1 2 3 4 5 6 7 8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_difference_is_taken_field_by_field_and_this_machine_has_a_proc_stat() {
        MachineCpu before = MachineCpu.parse("cpu 10 0 10 100 1 0 0 2");
        MachineCpu after = MachineCpu.parse("cpu 30 0 15 130 1 0 0 7");

        assertThat(after.minus(before)).isEqualTo(new MachineCpu(25 * 10_000_000L, 30 * 10_000_000L, 0, 5 * 10_000_000L));
        assertThat(MachineCpu.now()).isPresent(); // the project's machines run Linux
    }
}
