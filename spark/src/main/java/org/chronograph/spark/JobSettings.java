package org.chronograph.spark;

import java.io.Serializable;

/**
 * What one run of the job does.
 *
 * @param extractor  how to read and extract
 * @param graph      the Neo4j to load, or {@code null} for none
 * @param out        the Hadoop directory for the Parquet tables, or {@code null} for none
 * @param batch      articles per write transaction
 * @param writers    most load tasks at once: the load stage has this many partitions, each a contiguous run of the
 *                   corpus in input order (1: the whole corpus in input order, the graph exactly as {@code ingest}
 *                   makes it)
 * @param partitions extraction partitions; 0 for three per core of the cluster
 * @param force      re-extract and replace articles the graph holds unchanged (as {@code ingest --force})
 * @param failOnceAfterBatches for tests: the first attempt of every load task fails after this many batches are
 *                   written, as a task killed mid-partition would; -1 for never
 */
record JobSettings(ExtractorSpec extractor, GraphTarget graph, String out, int batch, int writers, int partitions,
                   boolean force, int failOnceAfterBatches) implements Serializable {

    /** Articles per write transaction by default. */
    static final int DEFAULT_BATCH = 100;

    JobSettings {
        if (graph == null && out == null) {
            throw new IllegalArgumentException("nothing to do: give a Parquet directory (--out), a graph (--uri or --data), or both");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batch);
        }
        if (writers < 1) {
            throw new IllegalArgumentException("the number of writers must be at least 1, got " + writers);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("the number of partitions cannot be negative, got " + partitions);
        }
    }

    /** True when articles the graph holds unchanged are skipped before extraction (a graph, no Parquet, no force). */
    boolean skipsStored() {
        return graph != null && out == null && !force;
    }

    JobSettings withFailOnceAfterBatches(int batches) {
        return new JobSettings(extractor, graph, out, batch, writers, partitions, force, batches);
    }
}
