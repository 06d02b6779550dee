package org.chronograph.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** What the load stage did, counted by Spark accumulators (updated in an action: once per successful task). */
record LoadCounts(LongAccumulator created, LongAccumulator replaced, LongAccumulator unchanged,
                  LongAccumulator entities, LongAccumulator events, LongAccumulator moves) implements Serializable {

    static LoadCounts register(SparkContext sc) {
        return new LoadCounts(sc.longAccumulator("chronograph articles created"),
                sc.longAccumulator("chronograph articles replaced"), sc.longAccumulator("chronograph articles unchanged"),
                sc.longAccumulator("chronograph entities"), sc.longAccumulator("chronograph events"),
                sc.longAccumulator("chronograph moves"));
    }
}
