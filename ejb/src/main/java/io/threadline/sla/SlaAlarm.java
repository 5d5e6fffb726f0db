package io.threadline.sla;

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
import java.util.logging.Logger;

/**
 * Every {@code crm.sla.check-interval}, fires the SLA warnings and breaches that fell due. The deadlines are columns of
 * the conversations, not timers: one that fell due while the server was down fires at the first sweep after start, and
 * each is recorded with its event in one transaction, so none fires twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SlaAlarm {

    private static final Logger LOG = Logger.getLogger(SlaAlarm.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private SlaClocks clocks;

    @Inject
    @ConfigProperty(name = "crm.sla.check-interval", defaultValue = "PT15S")
    Duration interval;

    @PostConstruct
    void start() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("crm.sla.check-interval must be positive, not " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        int fired = clocks.fireAllDue(Instant.now());
        if (fired > 0) {
            LOG.fine(() -> fired + " SLA warnings and breaches fired");
        }
    }
}
