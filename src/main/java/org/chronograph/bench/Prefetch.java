package org.chronograph.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.chronograph.ChronographException;

/**
 * Hands the items of an iterable to a consumer in batches, while a second thread produces the next batches: on two
 * cores, generating synthetic articles then overlaps with writing them. At most {@code depth} batches wait.
 */
final class Prefetch {
    private static final Object END = new Object();

    private Prefetch() {
    }

    /** Calls {@code consumer} with consecutive batches of up to {@code size} items, in order. */
    static <T> void batches(Iterable<T> items, int size, int depth, Consumer<List<T>> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(depth);
        Throwable[] failure = new Throwable[1];
        Thread producer = new Thread(() -> {
            try {
                Iterator<T> it = items.iterator();
                List<T> batch = new ArrayList<>(size);
                while (it.hasNext()) {
                    batch.add(it.next());
                    if (batch.size() == size) {
                        queue.put(batch);
                        batch = new ArrayList<>(size);
                    }
                }
                if (!batch.isEmpty()) queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "synthetic-producer");
        producer.setDaemon(true);
        producer.start();
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                consumer.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChronographException("interrupted", e);
        } finally {
            producer.interrupt();
        }
        if (failure[0] != null) {
            throw new ChronographException("generating failed: " + failure[0], failure[0]);
        }
    }
}
