package io.threadline.automation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
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
import java.util.logging.Logger;

/**
 * Every {@code crm.automation.check-interval}, fires the rules on {@code conversation.idle} for the conversations that
 * have been quiet long enough: a sweep, as {@link io.threadline.collaboration.SnoozeAlarm}'s, so nothing is lost
 * across restarts. Each rule fires once per idle stretch of a conversation ({@link IdleFiring}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdleAlarm {

    private static final Logger LOG = Logger.getLogger(IdleAlarm.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private AutomationRuleDocuments rules;

    @EJB
    private IdleConversations idle;

    @Inject
    @ConfigProperty(name = "crm.automation.check-interval", defaultValue = "PT1M")
    Duration interval;

    @PostConstruct
    void start() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("crm.automation.check-interval must be positive, not " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void sweep() {
        Instant now = Instant.now();
        rules.all().stream().filter(r -> r.on() == AutomationEvent.CONVERSATION_IDLE && r.header().enabled()).forEach(rule -> {
            for (long conversationId : idle.due(rule, now)) {
                try {
                    idle.fire(rule, conversationId);
                } catch (EJBException e) {
                    LOG.fine(() -> "Idle rule '" + rule.name() + "' did not fire for conversation " + conversationId
                            + " (another server did, or it failed): " + e.getMessage());
                }
            }
        });
    }
}
