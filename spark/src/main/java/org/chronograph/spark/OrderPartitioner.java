package org.chronograph.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Splits the corpus into contiguous runs of input files, one per load task, of about the same size in bytes: each
 * writer loads its run in input order, and with one writer the whole corpus is loaded in the order {@code ingest}
 * loads it. Known from the listing, so no sampling pass over the extracted data is needed.
 */
final class OrderPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    /** {@code firstFile[i]}: the order of the first file of partition {@code i + 1}. */
    private final int[] firstFile;

    private OrderPartitioner(int[] firstFile) {
        this.firstFile = firstFile;
    }

    /** At most {@code parts} runs of the files, each about the same number of bytes. */
    static OrderPartitioner of(List<InputFile> files, int parts) {
        long total = files.stream().mapToLong(f -> Math.max(1, f.size())).sum();
        int n = Math.max(1, Math.min(parts, files.size()));
        int[] first = new int[n - 1];
        long seen = 0;
        int next = 0;
        for (InputFile file : files) {
            if (next < n - 1 && seen >= total * (next + 1) / n) {
                first[next++] = file.order();
            }
            seen += Math.max(1, file.size());
        }
        return new OrderPartitioner(next == n - 1 ? first : Arrays.copyOf(first, next));
    }

    @Override
    public int numPartitions() {
        return firstFile.length + 1;
    }

    @Override
    public int getPartition(Object key) {
        int file = ((Order) key).file();
        int at = Arrays.binarySearch(firstFile, file);
        return at >= 0 ? at + 1 : -at - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderPartitioner p && Arrays.equals(firstFile, p.firstFile);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(firstFile);
    }
}
