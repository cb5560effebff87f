package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Kept paths are the paths: the same text for the first items (made once) as for later ones (made each time). */
class PathsTest {
    @Test
    void anItemsPathIsItsIndexAndFieldWhetherKeptOrNot() {
        for (String field : new String[] {"hsCode", "origin", "grossMass", "value"}) {
            for (int i = 0; i < 200; i++) {
                assertThat(Paths.item(i, field)).isEqualTo("items[" + i + "]." + field);
                assertThat(Paths.item(i, field)).as("asked again").isEqualTo("items[" + i + "]." + field);
            }
        }
        assertThat(Paths.item(3, "origin")).as("made once and kept").isSameAs(Paths.item(3, "origin"));
    }
}
