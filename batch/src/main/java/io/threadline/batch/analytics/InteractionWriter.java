package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.InteractionFacts;
import io.threadline.reporting.InteractionRow;
import io.threadline.reporting.PreviousInbound;
import io.threadline.reporting.ReportingSettings;
import io.threadline.conversation.Direction;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts a chunk of the day's messages and adds the counts to the run's facts in the chunk's transaction. Each
 * conversation's latest customer message is remembered across chunks; one not seen yet in this partition (its first
 * in the range, or any after a restart) is looked up once, so a channel switch is found however the day was cut.
 */
@Named
@Dependent
public class InteractionWriter extends AbstractItemWriter {

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    @Inject
    ReportingSettings settings;

    private InteractionFacts facts;
    private final Map<Long, PreviousInbound> previous = new HashMap<>();

    @Override
    public void open(Serializable checkpoint) {
        Map<String, String> teams = store.teamsOfQueues();
        facts = new InteractionFacts(parameters.runId(), parameters.day(), settings.zone(), teams::get);
    }

    @Override
    public void writeItems(List<Object> items) {
        List<InteractionRow> rows = items.stream().map(InteractionRow.class::cast).toList();
        Set<Long> unseen = rows.stream().filter(r -> r.direction() == Direction.INBOUND && r.conversationId() != null)
                .map(InteractionRow::conversationId).filter(id -> !previous.containsKey(id)).collect(Collectors.toSet());
        if (!unseen.isEmpty()) {
            previous.putAll(store.previousInbound(unseen, rows.get(0).occurredAt()));
        }
        store.add(facts.count(rows, previous));
    }
}
