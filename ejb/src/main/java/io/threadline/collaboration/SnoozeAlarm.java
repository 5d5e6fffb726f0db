package io.threadline.collaboration;

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
 * Every {@code crm.snooze.check-interval}, brings the conversations whose snooze is over back to the inbox. A
 * sweep rather than one timer per snooze: nothing is lost across restarts, and a snooze changed or ended early
 * needs no timer cancelled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SnoozeAlarm {

    private static final Logger LOG = Logger.getLogger(SnoozeAlarm.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private StatusChanges statuses;

    @Inject
    @ConfigProperty(name = "crm.snooze.check-interval", defaultValue = "PT30S")
    Duration interval;

    @PostConstruct
    void start() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("crm.snooze.check-interval must be positive, not " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void wake() {
        int woken = statuses.wakeSnoozed(Instant.now());
        if (woken > 0) {
            LOG.fine(() -> woken + " snoozed conversations are open again");
        }
    }
}
