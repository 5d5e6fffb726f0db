package io.threadline.assist.purchases;

import jakarta.enterprise.context.ApplicationScoped;
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
        return new Thresholds(minTogether, minConfidence, minLift, window);
    }
}
