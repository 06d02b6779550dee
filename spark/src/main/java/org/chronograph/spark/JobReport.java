package org.chronograph.spark;

import java.util.List;
import java.util.Map;

/**
 * What one run of the job did.
 *
 * @param files        input files listed
 * @param articles     articles read (after repeated ids were set aside)
 * @param extracted    articles extracted (the others were stored unchanged, or failed)
 * @param created      articles the load created in the graph (0 with no graph)
 * @param replaced     articles it replaced (changed content, or {@code --force})
 * @param unchanged    articles it left alone (stored with the same content hash)
 * @param entities     entities of the articles written (per article, as {@code ingest} counts them)
 * @param events       events of the articles written
 * @param moves        moves of the articles written
 * @param badInputs    the inputs the job could not use, in input order
 * @param badPerPartition how many bad inputs each partition met (-1: the listing)
 * @param partitions   extraction partitions
 * @param writers      load tasks
 * @param seconds      wall time of the run
 */
record JobReport(int files, long articles, long extracted, long created, long replaced, long unchanged, long entities,
                 long events, long moves, List<BadInput> badInputs, Map<Integer, Integer> badPerPartition, int partitions,
                 int writers, double seconds) {
}
