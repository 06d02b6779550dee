package org.chronograph.spark;

import java.io.Serializable;
import org.chronograph.source.InputProblem;

/**
 * An input the job could not use, with the one-line reason {@code ingest} gives.
 *
 * @param order     where it stands in the corpus (the list is printed in this order)
 * @param partition the Spark partition that met it, or -1 for the listing on the driver
 * @param stage     {@code list}, {@code read}, {@code extract} or {@code load}
 * @param source    the input's path (and line, for JSON Lines), as {@code ingest} names it
 * @param line      the line of a JSON Lines record, or {@code null}
 * @param message   the reason
 */
record BadInput(Order order, int partition, String stage, String source, Integer line, String message)
        implements Serializable {

    static BadInput of(Order order, int partition, String stage, InputProblem problem) {
        return new BadInput(order, partition, stage, problem.source(), problem.line(), problem.message());
    }

    /** The line {@code ingest} prints for it: {@code a.md: empty file}, {@code b.jsonl:3: missing id}. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ":" + line) + ": " + message;
    }
}
