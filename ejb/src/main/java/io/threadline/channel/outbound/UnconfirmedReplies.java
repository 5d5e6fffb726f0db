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
 * Every minute (or every {@code crm.replies.confirm-after} if that is shorter), settles the replies handed to their
 * provider at least {@code crm.replies.confirm-after} ago that still have no outcome ({@link OutboundDelivery#confirm}).
 * The setting must be longer than any attempt can last, so that an attempt still waiting for its answer is never
 * taken for a lost one: the provider connectors try a request up to three times, so it must exceed three
 * {@code crm.channels.request-timeout}s, and the application refuses to start otherwise.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class UnconfirmedReplies {

    private static final Logger LOG = Logger.getLogger(UnconfirmedReplies.class.getName());

    /** Replies settled per sweep; more wait for the next one. */
    private static final int BATCH = 100;

    @Resource
    private TimerService timers;

    @EJB
    private DeliveryAttempts attempts;

    @EJB
    private OutboundDelivery delivery;

    @Inject
    ReplySettings settings;

    @Inject
    ProviderHttp http;

    @PostConstruct
    void start() {
        Duration confirmAfter = settings.confirmAfter();
        Duration longestAttempt = http.requestTimeout().multipliedBy(3);
        if (confirmAfter.compareTo(longestAttempt) <= 0) {
            throw new IllegalStateException("crm.replies.confirm-after (" + confirmAfter + ") must be longer than three "
                    + "crm.channels.request-timeout (" + longestAttempt + "): an attempt still waiting for its answer "
                    + "would be taken for a lost one");
        }
        long interval = Math.min(confirmAfter.toMillis(), Duration.ofMinutes(1).toMillis());
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void confirmDue() {
        for (DeliveryAttempts.Unconfirmed reply : attempts.unconfirmedBefore(Instant.now().minus(settings.confirmAfter()), BATCH)) {
            try {
                delivery.confirm(reply.entryId(), reply.attemptedAt());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reply " + reply.entryId() + " could not be confirmed; trying again at the next sweep", e);
            }
        }
    }
}
