package io.github.jixiao.bench;

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
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak used heap since the last {@link #reset()}, from two sources:
 * <ul>
 *   <li>every garbage collection: the heap used just before it (summed over the heap pools), which is when
 *       used heap is highest, and just after it (the live set plus what the collector kept);</li>
 *   <li>a daemon thread sampling {@code Runtime.totalMemory() - freeMemory()} every 5 ms, for the stretch
 *       after the last collection.</li>
 * </ul>
 * {@link #peakBytes()} is the larger of the two. The sum of the heap pools' own peaks
 * ({@link MemoryPoolMXBean#getPeakUsage()}, reset with them) is kept as a cross-check: it is an upper
 * bound, since the pools peak at different moments.
 */
final class HeapMeter implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapMeter() {
        NotificationListener listener = this::onNotification;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        e.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // gone already
                    }
                });
            }
        }
        Runtime rt = Runtime.getRuntime();
        sampler = new Thread(() -> {
            while (running) {
                sampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        beforeGc.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        afterGc.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private long heapSum(Map<String, MemoryUsage> usage) {
        long s = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (poolNames.contains(e.getKey())) {
                s += e.getValue().getUsed();
            }
        }
        return s;
    }

    /** Starts a new measurement (after warm-up). */
    void reset() {
        for (MemoryPoolMXBean p : pools) {
            p.resetPeakUsage();
        }
        beforeGc.set(0);
        afterGc.set(0);
        collections.set(0);
        Runtime rt = Runtime.getRuntime();
        sampled.set(rt.totalMemory() - rt.freeMemory());
    }

    /** Highest used heap seen: just before a collection, or by the sampler. */
    long peakBytes() {
        Runtime rt = Runtime.getRuntime();
        sampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        return Math.max(beforeGc.get(), sampled.get());
    }

    /** Highest used heap just after a collection (what the run keeps, plus what the collector left). */
    long maxAfterGcBytes() {
        return afterGc.get();
    }

    long collections() {
        return collections.get();
    }

    /** Sum of the heap pools' peaks: an upper bound. */
    long poolPeakSumBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }
}
