package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class QuerySlotsTest {

    @Test
    void aRequestWaitsForASlotAndThenRuns() throws Exception {
        // Given one slot, held by a running query
        QuerySlots slots = new QuerySlots(1, 10, Duration.ofSeconds(30));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch release = holdSlot(slots, threads);
            // When another request comes, it waits; once the first is done, it runs
            Future<String> second = threads.submit(() -> slots.run(() -> "second"));
            awaitWaiting(slots);
            assertThat(second.isDone()).isFalse();
            release.countDown();

            // Then
            assertThat(second.get()).isEqualTo("second");
            assertThat(slots.waiting()).isZero();
        }
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedWith503() throws Exception {
        QuerySlots slots = new QuerySlots(1, 10, Duration.ofMillis(50));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch release = holdSlot(slots, threads);

            assertThatThrownBy(() -> slots.run(() -> 2)).isInstanceOf(HttpResponseException.class)
                    .satisfies(e -> assertThat(((HttpResponseException) e).getStatus()).isEqualTo(503));
            release.countDown();
        }
    }

    @Test
    void aRequestThatFindsTheQueueFullIsRefusedAtOnce() throws Exception {
        // Given one slot held and one request waiting, with room for one waiting request
        QuerySlots slots = new QuerySlots(1, 1, Duration.ofSeconds(30));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch release = holdSlot(slots, threads);
            Future<Integer> waiting = threads.submit(() -> slots.run(() -> 2));
            awaitWaiting(slots);

            // When a third comes, it is refused without waiting
            long started = System.nanoTime();
            assertThatThrownBy(() -> slots.run(() -> 3)).isInstanceOf(HttpResponseException.class)
                    .hasMessageContaining("waiting");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

            // Then the waiting one still runs
            release.countDown();
            assertThat(waiting.get()).isEqualTo(2);
        }
    }

    /** Takes a slot with a query that runs until the latch returned is counted down; returns once it runs. */
    private static CountDownLatch holdSlot(QuerySlots slots, ExecutorService threads) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> slots.run(() -> {
            running.countDown();
            await(release);
            return "held";
        }));
        running.await();
        return release;
    }

    /** Returns once a request waits for a slot. */
    private static void awaitWaiting(QuerySlots slots) throws InterruptedException {
        while (slots.waiting() == 0) {
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
