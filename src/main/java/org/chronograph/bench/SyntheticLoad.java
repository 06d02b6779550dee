package org.chronograph.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;

/**
 * Loads a synthetic graph with the real loader, {@value GraphLoader#BATCH} articles per transaction, generating
 * the next articles on another thread meanwhile.
 */
public final class SyntheticLoad {
    private SyntheticLoad() {
    }

    /**
     * Loads {@code synthetic} into {@code graph}; {@code progress} hears the number of articles loaded after each batch.
     *
     * @return the number of articles loaded
     */
    public static long load(SyntheticGraph synthetic, GraphConnection graph, LongConsumer progress) {
        GraphLoader loader = new GraphLoader(graph);
        AtomicLong articles = new AtomicLong();
        Prefetch.batches(synthetic, GraphLoader.BATCH, 4, batch -> {
            loader.loadBatch(batch, false, (x, e) -> {
                throw e;
            });
            progress.accept(articles.addAndGet(batch.size()));
        });
        return articles.get();
    }
}
