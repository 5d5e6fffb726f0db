package io.threadline.assist.purchases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The thresholds of the nightly mining ({@code crm.assist.purchases.*}, docs/configuration.md). */
@ApplicationScoped
public class PurchaseSettings {

    @Inject
    @ConfigProperty(name = "crm.assist.purchases.min-together", defaultValue = "5")
    int minTogether;

    @Inject
    @ConfigProperty(name = "crm.assist.purchases.min-confidence", defaultValue = "0.1")
    double minConfidence;

    @Inject
    @ConfigProperty(name = "crm.assist.purchases.min-lift", defaultValue = "1.5")
    double minLift;

    @Inject
    @ConfigProperty(name = "crm.assist.purchases.window", defaultValue = "P30D")
    Duration window;

    public Thresholds thresholds() {
        try {
            return new Thresholds(minTogether, minConfidence, minLift, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The settings crm.assist.purchases.* (min-together " + minTogether
                    + ", min-confidence " + minConfidence + ", min-lift " + minLift + ", window " + window
                    + ") make no thresholds: " + e.getMessage(), e);
        }
    }

    /** Checked as the application starts, so that a wrong setting stops it, not the nightly job. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        thresholds();
    }
}
