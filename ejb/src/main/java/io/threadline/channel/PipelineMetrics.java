package io.threadline.channel;

import io.threadline.shared.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * Metrics of the inbound pipeline on /metrics: messages accepted by an ingress, processed onto a
 * timeline, recognised as duplicates, rejected as invalid, failed (each failed delivery attempt), races of two
 * first messages of one new sender, and the depth of the inbound queue. Processing counters move only when their
 * transaction commits.
 */
@ApplicationScoped
public class PipelineMetrics {

    static final String QUEUE_DEPTH = "threadline_inbound_queue_depth";
    private static final ObjectName INBOUND_QUEUE_MBEAN;

    static {
        try {
            INBOUND_QUEUE_MBEAN = new ObjectName("WebSphere:feature=wasJmsServer,type=Queue,name=Threadline.Inbound");
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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

    /** A first message of a new sender found its customer created by a concurrent one (counted at once). */
    public void identityRace() {
        registry.counter("threadline_identity_races").inc();
    }

    /** Registers the inbound queue depth gauge when the application starts. */
    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(QUEUE_DEPTH, this, PipelineMetrics::inboundQueueDepth);
    }

    /**
     * Messages waiting on the inbound queue, read from the embedded messaging engine's queue MBean;
     * -1 where the queue is not on an embedded engine (an external broker publishes its own metrics).
     */
    long inboundQueueDepth() {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(INBOUND_QUEUE_MBEAN, "Depth");
        } catch (JMException e) {
            return -1;
        }
    }

    private Counter counter(String name, String ingress) {
        return registry.counter(name, new org.eclipse.microprofile.metrics.Tag("ingress", ingress));
    }
}
