package io.threadline.web.health;

import com.sun.management.GcInfo;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Live while the heap still has room after garbage collection; a server whose live objects fill the heap should be
 * restarted. The heap in use at any moment is no measure: just before a collection it is nearly full of garbage.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE_AFTER_GC = 0.95;

    @Override
    public HealthCheckResponse call() {
        long max = Runtime.getRuntime().maxMemory();
        long live = heapUsedAfterLastCollection();
        return HealthCheckResponse.named("threadline-heap")
                .withData("heapUsedAfterLastGcBytes", live)
                .withData("heapMaxBytes", max)
                .status((double) live / max < MAX_HEAP_USE_AFTER_GC)
                .build();
    }

    /** What the most recent collection left on the heap; 0 before the first one. */
    private static long heapUsedAfterLastCollection() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(com.sun.management.GarbageCollectorMXBean.class::isInstance)
                .map(gc -> ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo())
                .filter(Objects::nonNull)
                .max(Comparator.comparingLong(GcInfo::getEndTime))
                .map(last -> last.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed())
                        .sum())
                .orElse(0L);
    }
}
