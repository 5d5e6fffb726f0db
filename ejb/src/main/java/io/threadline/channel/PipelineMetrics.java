package io.threadline.channel;

import io.threadline.shared.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counters of the inbound pipeline on /metrics: messages accepted by an ingress, processed onto a
 * timeline, recognised as duplicates, rejected as invalid, and failed (each failed delivery attempt).
 * Processing counters move only when their transaction commits.
 */
@ApplicationScoped
public class PipelineMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    AfterCommit afterCommit;

    public void accepted(String ingress) {
        afterCommit.run(() -> counter("threadline_inbound_accepted", ingress).inc());
    }

    public void processed() {
        afterCommit.run(() -> registry.counter("threadline_inbound_processed").inc());
    }

    public void duplicate() {
        afterCommit.run(() -> registry.counter("threadline_inbound_duplicates").inc());
    }

    public void rejected() {
        afterCommit.run(() -> registry.counter("threadline_inbound_rejected").inc());
    }

    public void failedAttempt() {
        registry.counter("threadline_inbound_failed").inc();
    }

    private Counter counter(String name, String ingress) {
        return registry.counter(name, new org.eclipse.microprofile.metrics.Tag("ingress", ingress));
    }
}
