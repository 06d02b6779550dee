package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BadInputsTest {

    @Test
    void aTaskRunTwiceAddsEachBadInputOnceAndTheListIsInInputOrder() {
        BadInput empty = new BadInput(new Order(3, 0), 1, "read", "c/b.md", null, "empty file");
        BadInput broken = new BadInput(new Order(1, 2), 0, "read", "c/a.jsonl", 3, "broken JSON (x)");
        BadInputs first = new BadInputs();
        first.add(empty);
        BadInputs retry = new BadInputs();
        retry.add(empty);
        retry.add(broken);

        BadInputs driver = new BadInputs();
        driver.merge(first);
        driver.merge(retry);

        assertThat(driver.value()).containsExactly(broken, empty);
        assertThat(driver.perPartition()).isEqualTo(Map.of(0, 1, 1, 1));
        assertThat(broken.toString()).isEqualTo("c/a.jsonl:3: broken JSON (x)");
        assertThat(driver.copy().value()).isEqualTo(driver.value());
        driver.reset();
        assertThat(driver.isZero()).isTrue();
    }
}
