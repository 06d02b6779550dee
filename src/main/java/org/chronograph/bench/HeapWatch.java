package org.chronograph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the Java heap while it is open: the peak of heap in use (the most the heap held just before a collection,
 * or when sampled every 50 ms) and the most that survived a collection (the live data, which stays flat when
 * memory does not grow with the input). Both are also kept per named phase (see {@link #phase}); a phase's peak
 * counts the garbage it finds left by the phase before until the next collection.
 */
public final class HeapWatch implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final List<Long> lives = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<String> heapPools;
    private final List<Runnable> detach = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean open = true;
    /** Figures of each phase, in the order the phases began; guarded by itself. */
    private final Map<String, Figures> phases = new java.util.LinkedHashMap<>();
    private volatile Figures current;

    /** The peak and the most live heap seen in one phase, in bytes. */
    private static final class Figures {
        final AtomicLong peak = new AtomicLong();
        final AtomicLong live = new AtomicLong();
    }

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        NotificationListener listener = this::onGc;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (open) {
                used(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    /** The most heap in use seen so far, in MiB. */
    public long peakMb() {
        used(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return peak.get() >> 20;
    }

    /**
     * From now on, also counts what is seen towards the phase {@code name} (until the next call); a name given
     * again adds to the figures it has.
     */
    public void phase(String name) {
        used(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        synchronized (phases) {
            current = phases.computeIfAbsent(name, n -> new Figures());
        }
    }

    /**
     * Peak and most live heap of each phase so far, in MiB, in the order the phases began: {@code {peak, live}},
     * live 0 when no collection ended in that phase.
     */
    public Map<String, long[]> phasesMb() {
        Map<String, long[]> out = new java.util.LinkedHashMap<>();
        synchronized (phases) {
            phases.forEach((name, f) -> out.put(name, new long[] {f.peak.get() >> 20, f.live.get() >> 20}));
        }
        return out;
    }

    /** The most heap that survived a collection so far, in MiB (0 before the first collection). */
    public long liveMb() {
        return live.get() >> 20;
    }

    /**
     * The most heap that survived a collection in the first and in the last quarter of the collections so far, in
     * MiB: close figures mean memory did not grow as the work went on. Both are 0 with fewer than 8 collections.
     */
    public long[] liveTrendMb() {
        synchronized (lives) {
            int n = lives.size();
            if (n < 8) return new long[] {0, 0};
            long first = lives.subList(0, n / 4).stream().mapToLong(Long::longValue).max().orElse(0);
            long last = lives.subList(n - n / 4, n).stream().mapToLong(Long::longValue).max().orElse(0);
            return new long[] {first >> 20, last >> 20};
        }
    }

    @Override
    public void close() {
        open = false;
        sampler.interrupt();
        detach.forEach(Runnable::run);
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        used(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        live.accumulateAndGet(after, Math::max);
        Figures phase = current;
        if (phase != null) phase.live.accumulateAndGet(after, Math::max);
        if (lives.size() < 1_000_000) lives.add(after);
    }

    private void used(long bytes) {
        peak.accumulateAndGet(bytes, Math::max);
        Figures phase = current;
        if (phase != null) phase.peak.accumulateAndGet(bytes, Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
