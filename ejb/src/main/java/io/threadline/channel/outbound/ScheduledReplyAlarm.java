package io.threadline.channel.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code crm.replies.schedule-check-interval}, queues the scheduled replies whose time has come, each in a
 * transaction of its own, so that one that cannot be released does not hold up the others. A sweep rather than one
 * timer per reply: nothing is lost across restarts, and a cancelled reply needs no timer cancelled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ScheduledReplyAlarm {

    private static final Logger LOG = Logger.getLogger(ScheduledReplyAlarm.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ScheduledReplies scheduled;

    @Inject
    @ConfigProperty(name = "crm.replies.schedule-check-interval", defaultValue = "PT30S")
    Duration interval;

    @PostConstruct
    void start() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("crm.replies.schedule-check-interval must be positive, not " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseDue() {
        Instant now = Instant.now();
        for (long entryId : scheduled.due(now)) {
            try {
                scheduled.release(entryId, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled reply " + entryId + " could not be queued; trying again at the next check", e);
            }
        }
    }
}
