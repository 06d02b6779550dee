package org.chronograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapWatchTest {

    @Test
    void eachPhaseKeepsItsOwnPeakInTheOrderThePhasesBegan() {
        try (HeapWatch heap = HeapWatch.start()) {
            heap.phase("small");
            heap.phase("big");
            List<byte[]> held = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                held.add(new byte[1 << 20]);
            }
            heap.phase("small");

            Map<String, long[]> phases = heap.phasesMb();

            assertThat(phases.keySet()).containsExactly("small", "big");
            assertThat(phases.get("big")[0]).isGreaterThanOrEqualTo(64);
            assertThat(heap.peakMb()).isGreaterThanOrEqualTo(phases.get("big")[0]);
            assertThat(held).hasSize(64);
        }
    }
}
