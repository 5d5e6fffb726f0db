package io.threadline.routing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every {@code crm.routing.check-interval}: online agents whose workspace was silent for {@code crm.routing.away-after}
 * go away, and every online agent is offered what waits for them. Assignments are normally offered the moment someone
 * frees up; this sweep also covers a server that stopped between that moment and the offer.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RoutingAlarm {

    private static final Logger LOG = Logger.getLogger(RoutingAlarm.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private Agents agents;

    @EJB
    private AutoAssignment assignment;

    @Inject
    @ConfigProperty(name = "crm.routing.check-interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "crm.routing.away-after", defaultValue = "PT15M")
    Duration awayAfter;

    @PostConstruct
    void start() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("crm.routing.check-interval must be positive, not " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void check() {
        int away = agents.awayWhenIdle(awayAfter, Instant.now());
        if (away > 0) {
            LOG.fine(() -> away + " idle agents are away now");
        }
        assignment.offerAll();
    }
}
