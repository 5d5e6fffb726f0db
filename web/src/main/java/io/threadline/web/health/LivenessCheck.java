package io.threadline.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has heap to work with; a server that is out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("threadline-heap")
                .withData("heapUsedBytes", used)
                .withData("heapMaxBytes", runtime.maxMemory())
                .status(share < MAX_HEAP_USE)
                .build();
    }
}
