package io.threadline.it.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The heap of this JVM while something runs; the benchmark runs inside the server, so it is the server's heap.
 * <ul>
 * <li><b>peak</b>: the sum of the heap pools' peak usage since the watch started (their peaks were reset then). It
 * includes garbage not yet collected, so it mostly shows how far the collector let the heap fill, up to -Xmx; the
 * pools peak at different moments, so the sum may exceed the heap's real peak a little.</li>
 * <li><b>after a GC</b>: the largest heap in use right after a collection during the run (the sum of the pools'
 * collection usage, sampled every 50 ms); 0 when no collection ran. An upper bound of the live set: after a young
 * collection the old generation still holds the garbage that only a mixed or full collection reclaims, which G1
 * starts once the heap's occupancy passes its initiating threshold (45% at first).</li>
 * </ul>
 */
final class HeapWatch {

    record Reading(long peakBytes, long afterGcBytes, long collections) {

        String describe() {
            return String.format(Locale.ROOT, "peak heap %d MiB (pools' peak usage), largest heap after a GC %d MiB"
                    + " (%d GCs); server %s, max heap %d MiB", peakBytes >> 20, afterGcBytes >> 20, collections,
                    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx"))
                            .reduce((first, last) -> last).orElse("without -Xmx"), Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final long collectionsBefore = collections();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private volatile long afterGc;

    private HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    Reading stop() throws InterruptedException {
        sampler.shutdown();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        sample();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Reading(peak, afterGc, collections() - collectionsBefore);
    }

    private void sample() {
        if (collections() > collectionsBefore) {
            long used = pools.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                    .mapToLong(MemoryUsage::getUsed).sum();
            afterGc = Math.max(afterGc, used);
        }
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
