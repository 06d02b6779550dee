package org.chronograph.web;

import io.javalin.http.ServiceUnavailableResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded queue in front of the graph: at most {@code running} queries at once, in arrival order (a fair
 * semaphore); at most {@code waiting} more requests wait, each for at most {@code wait}. A request that finds the
 * queue full, or waits too long, is refused with 503, so that a flood costs a bounded number of threads and
 * connections instead of an ever longer queue.
 */
final class QuerySlots {
    private final Semaphore slots;
    private final int maxWaiting;
    private final long waitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    QuerySlots(int running, int waiting, Duration wait) {
        this.slots = new Semaphore(running, true);
        this.maxWaiting = waiting;
        this.waitNanos = wait.toNanos();
    }

    /**
     * Runs the query once a slot is free.
     *
     * @throws ServiceUnavailableResponse when the queue is full, the wait too long, or the thread interrupted (shutting down)
     */
    <T> T run(Supplier<T> query) {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new ServiceUnavailableResponse("the graph is busy (" + maxWaiting + " requests waiting); try again");
        }
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableResponse("the server is shutting down");
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired) {
            throw new ServiceUnavailableResponse("the graph is busy; try again");
        }
        try {
            return query.get();
        } finally {
            slots.release();
        }
    }

    /** Requests waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }
}
