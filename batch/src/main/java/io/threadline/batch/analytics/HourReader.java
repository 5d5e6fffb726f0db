package io.threadline.batch.analytics;

import io.threadline.conversation.Direction;
import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.BotQuestion;
import io.threadline.reporting.ConversationOutcome;
import io.threadline.reporting.DeflectionFacts;
import io.threadline.reporting.FactTally;
import io.threadline.reporting.InteractionFacts;
import io.threadline.reporting.InteractionRow;
import io.threadline.reporting.OutcomeFacts;
import io.threadline.reporting.PreviousInbound;
import io.threadline.reporting.ReportingCalendars;
import io.threadline.reporting.ReportingSettings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts a partition's hours one at a time: each item is the facts of one local hour, the messages and calls in it,
 * what it decided about conversations and what the chat bot did in it, added up in memory so that the hour's facts
 * are written once, never read back.
 * The checkpoint is the next hour to count. Each conversation's latest customer message is remembered across hours;
 * one not seen yet (its first in the partition, or any after a restart) is looked up once, so a channel switch is
 * found however the day was cut.
 */
@Named
@Dependent
public class HourReader extends AbstractItemReader {

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    @Inject
    ReportingSettings settings;

    @Inject
    ReportingCalendars calendars;

    @Inject
    @BatchProperty
    String firstHour;

    @Inject
    @BatchProperty
    String endHour;

    private int next;
    private int end;
    private InteractionFacts interactionFacts;
    private OutcomeFacts outcomeFacts;
    private DeflectionFacts deflectionFacts;
    /** The chat bot's questions asked or ended in the partition's hours: few beside the messages, each hour looks through all. */
    private List<BotQuestion> botQuestions;
    private final Map<Long, PreviousInbound> previous = new HashMap<>();
    private final Map<Integer, List<ConversationOutcome>> outcomesByHour = new HashMap<>();

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint == null ? Integer.parseInt(firstHour) : (Integer) checkpoint;
        end = Integer.parseInt(endHour);
        Map<String, String> teams = store.teamsOfQueues();
        interactionFacts = new InteractionFacts(parameters.runId(), parameters.day(), settings.zone(), teams::get);
        outcomeFacts = new OutcomeFacts(parameters.runId(), parameters.day(), settings.zone(), Instant.now(), teams::get,
                calendars::of);
        deflectionFacts = new DeflectionFacts(parameters.runId(), parameters.day(), settings.zone());
        Instant from = parameters.startOfHour(next);
        Instant to = parameters.startOfHour(end);
        store.outcomesConcerning(from, to, outcome -> outcome.moments().filter(at -> !at.isBefore(from) && at.isBefore(to))
                .map(parameters::hourOf).distinct()
                .forEach(hour -> outcomesByHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(outcome)));
        botQuestions = store.botQuestionsConcerning(from, to);
    }

    @Override
    public Object readItem() {
        if (next >= end) {
            return null;
        }
        Instant from = parameters.startOfHour(next);
        Instant to = parameters.startOfHour(next + 1);
        List<InteractionRow> rows = store.interactions(from, to);
        Set<Long> unseen = rows.stream().filter(r -> r.direction() == Direction.INBOUND && r.conversationId() != null)
                .map(InteractionRow::conversationId).filter(id -> !previous.containsKey(id)).collect(Collectors.toSet());
        previous.putAll(store.previousInbound(unseen, from));
        FactTally hour = interactionFacts.count(rows, previous);
        hour.addAll(outcomeFacts.count(outcomesByHour.getOrDefault(next, List.of()), from, to));
        outcomesByHour.remove(next);
        hour.addAll(deflectionFacts.count(botQuestions, from, to));
        next++;
        return hour;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
