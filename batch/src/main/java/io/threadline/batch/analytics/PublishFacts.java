package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/** Makes the run's facts the day's, replacing those of any earlier run, in one transaction. */
@Named
@Dependent
public class PublishFacts extends AbstractBatchlet {

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    @Override
    public String process() {
        store.publish(parameters.day(), parameters.runId(), Instant.now());
        return "PUBLISHED";
    }
}
