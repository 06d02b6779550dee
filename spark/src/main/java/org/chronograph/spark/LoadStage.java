package org.chronograph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.LoadOutcome;
import scala.Tuple2;

/**
 * The load stage: each task writes its run of the corpus, in input order, through the project's loader, in batches
 * (one transaction each; an article the database refuses is retried alone and reported, the others are written).
 * The loader keys everything as {@code ingest} does and leaves an article stored with the same content hash alone,
 * so a task that Spark runs again after it failed half-way rewrites nothing it had written.
 */
final class LoadStage {
    private LoadStage() {
    }

    /** A task failure the tests provoke (see {@link JobSettings#failOnceAfterBatches()}). */
    static final class SimulatedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedFailure(String message) {
            super(message);
        }
    }

    static void load(Iterator<Tuple2<Order, Extracted>> run, JobSettings settings, BadInputs bad, LoadCounts counts) {
        TaskContext context = TaskContext.get();
        int partition = context == null ? 0 : context.partitionId();
        GraphLoader loader = null;
        List<Extraction> batch = new ArrayList<>(settings.batch());
        Map<String, Order> orders = new HashMap<>();
        int batches = 0;
        while (run.hasNext()) {
            Extracted x = run.next()._2();
            if (x.storedUnchanged()) {
                counts.unchanged().add(1);
                continue;
            }
            batch.add(x.extraction());
            orders.put(x.articleId(), x.order());
            if (batch.size() < settings.batch()) {
                continue;
            }
            if (loader == null) {
                loader = new GraphLoader(ExecutorGraph.get(settings.graph()));
            }
            write(loader, batch, orders, settings, bad, counts, partition);
            batches++;
            if (batches == settings.failOnceAfterBatches() && run.hasNext() && context != null && context.attemptNumber() == 0) {
                throw new SimulatedFailure("test: load task " + partition + " stopped after " + batches + " batch(es)");
            }
        }
        if (!batch.isEmpty()) {
            if (loader == null) {
                loader = new GraphLoader(ExecutorGraph.get(settings.graph()));
            }
            write(loader, batch, orders, settings, bad, counts, partition);
        }
    }

    private static void write(GraphLoader loader, List<Extraction> batch, Map<String, Order> orders, JobSettings settings,
                              BadInputs bad, LoadCounts counts, int partition) {
        List<LoadOutcome> outcomes = loader.loadBatch(batch, settings.force(), (x, e) -> bad.add(new BadInput(
                orders.get(x.article().id()), partition, "load", x.article().source(), null, e.getMessage())));
        for (LoadOutcome o : outcomes) {
            switch (o.status()) {
                case CREATED -> counts.created().add(1);
                case REPLACED -> counts.replaced().add(1);
                case UNCHANGED -> counts.unchanged().add(1);
            }
            counts.entities().add(o.entities());
            counts.events().add(o.events());
            counts.moves().add(o.moves());
        }
        batch.clear();
        orders.clear();
    }
}
