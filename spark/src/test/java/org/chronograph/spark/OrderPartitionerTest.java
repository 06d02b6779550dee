package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPartitionerTest {

    private static List<InputFile> files(long... sizes) {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            files.add(new InputFile(i, "file:/c/" + i, "c/" + i, sizes[i]));
        }
        return files;
    }

    @Test
    void eachWriterGetsAContiguousRunOfAboutTheSameBytes() {
        OrderPartitioner p = OrderPartitioner.of(files(10, 10, 10, 10, 10, 10), 3);

        assertThat(p.numPartitions()).isEqualTo(3);
        List<Integer> parts = new ArrayList<>();
        for (int file = 0; file < 6; file++) {
            parts.add(p.getPartition(new Order(file, 0)));
        }
        assertThat(parts).containsExactly(0, 0, 1, 1, 2, 2);
        // every record of a file (JSON Lines) goes with its file
        assertThat(p.getPartition(new Order(3, 12345))).isEqualTo(1);
    }

    @Test
    void oneWriterTakesTheWholeCorpusAndNoMoreWritersThanFiles() {
        assertThat(OrderPartitioner.of(files(5, 500, 5), 1).numPartitions()).isEqualTo(1);
        assertThat(OrderPartitioner.of(files(5, 5), 8).numPartitions()).isEqualTo(2);
        assertThat(OrderPartitioner.of(files(), 4).numPartitions()).isEqualTo(1);
    }

    @Test
    void aBigFileMakesItsOwnRun() {
        OrderPartitioner p = OrderPartitioner.of(files(1, 1, 1000, 1, 1), 2);
        assertThat(p.getPartition(new Order(0, 0))).isEqualTo(0);
        assertThat(p.getPartition(new Order(4, 0))).isEqualTo(1);
    }
}
