package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.OutcomeFacts;
import io.threadline.reporting.ReportingCalendars;
import io.threadline.reporting.ReportingSettings;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts a chunk of conversations' first responses, resolutions, SLA targets and CSAT into the run's facts. */
@Named
@Dependent
public class OutcomeWriter extends AbstractItemWriter {

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    @Inject
    ReportingSettings settings;

    @Inject
    ReportingCalendars calendars;

    private OutcomeFacts facts;

    @Override
    public void open(Serializable checkpoint) {
        Map<String, String> teams = store.teamsOfQueues();
        facts = new OutcomeFacts(parameters.runId(), parameters.day(), settings.zone(), Instant.now(), teams::get,
                calendars::of);
    }

    @Override
    public void writeItems(List<Object> items) {
        store.add(facts.count(store.outcomes(items.stream().map(Long.class::cast).toList())));
    }
}
