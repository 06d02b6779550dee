package org.chronograph.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reading the embedded database's store into its page cache on a background thread, so that the queries of a
 * long-running process (a server, a benchmark) find their pages in memory from the start instead of faulting them in
 * one by one while users wait. Started by {@link GraphConnection#warmPageCache()}; stopped when the database closes.
 */
public final class CacheWarmUp {
    /**
     * What the warm-up did.
     *
     * @param pages   pages read into the cache
     * @param bytes   their size (or, when skipped, the store's)
     * @param took    how long it took
     * @param skipped why it did not read the whole store, or {@code null} when it did
     */
    public record Outcome(long pages, long bytes, Duration took, String skipped) {
        /** One line for a log: "page cache: read 1,701 MB of store in 14.4 s" or why not. */
        public String describe() {
            if (skipped != null) {
                return String.format("page cache: %s (read %,d MB in %.1f s)", skipped, bytes / (1024 * 1024), took.toMillis() / 1000.0);
            }
            return String.format("page cache: read %,d MB of store in %.1f s", bytes / (1024 * 1024), took.toMillis() / 1000.0);
        }
    }

    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    CacheWarmUp(Function<BooleanSupplier, Outcome> work) {
        thread = Thread.ofPlatform().daemon().name("chronograph-page-cache-warm-up").unstarted(() -> {
            try {
                done.complete(work.apply(stop::get));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        thread.start();
    }

    /** What it did, once done within {@code max}; empty when still under way. A failure is rethrown. */
    public Optional<Outcome> await(Duration max) {
        try {
            return Optional.of(done.get(max.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops it (the database is about to close) and waits for its thread to finish the pages it is reading. */
    void stop() {
        stop.set(true);
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
