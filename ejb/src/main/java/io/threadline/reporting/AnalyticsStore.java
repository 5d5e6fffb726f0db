package io.threadline.reporting;

import io.threadline.conversation.Direction;
import io.threadline.conversation.EntryType;
import io.threadline.routing.QueueDocuments;
import io.threadline.shared.Channel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the nightly analytics job reads and writes: the day's messages and calls in time order, page by page after a
 * cursor (so a restart goes on from its checkpoint), the conversations whose figures the day decided, and the facts,
 * added to within a run and published for the day in one transaction.
 */
@Stateless
public class AnalyticsStore {

    private static final List<EntryType> INTERACTIONS = List.of(EntryType.MESSAGE, EntryType.CALL);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private QueueDocuments queues;

    /** Where a reader stands: the last entry it read. */
    public record Cursor(Instant at, long id) implements java.io.Serializable {
    }

    /** Messages and calls in [from, to) after {@code after} (null: from the start), at most {@code max}, in time order. */
    public List<InteractionRow> interactions(Instant from, Instant to, Cursor after, int max) {
        Cursor start = after == null ? new Cursor(from, Long.MIN_VALUE) : after;
        // The entries alone, so that the page is read in the order of IX_ENTRY_OCCURRED: joined to their conversations,
        // Derby sorted all of the range after the cursor for every page.
        List<Object[]> entries = em.createQuery("SELECT e.id, e.occurredAt, e.conversationId, e.customer.id, e.channel,"
                        + " e.direction, e.urgency FROM TimelineEntry e"
                        + " WHERE e.occurredAt >= :at AND e.occurredAt < :to AND (e.occurredAt > :at OR e.id > :id)"
                        + " AND e.type IN :types ORDER BY e.occurredAt, e.id", Object[].class)
                .setParameter("at", start.at()).setParameter("to", to).setParameter("id", start.id())
                .setParameter("types", INTERACTIONS).setMaxResults(max).getResultList();
        Map<Long, String[]> routed = new HashMap<>();
        List<Long> conversationIds = entries.stream().map(r -> (Long) r[2]).filter(java.util.Objects::nonNull).distinct().toList();
        if (!conversationIds.isEmpty()) {
            em.createQuery("SELECT c.id, c.queue, c.assignee FROM Conversation c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", conversationIds).getResultStream()
                    .forEach(r -> routed.put((Long) r[0], new String[] {(String) r[1], (String) r[2]}));
        }
        String[] none = new String[2];
        return entries.stream().map(r -> {
            String[] queueAndAgent = r[2] == null ? none : routed.getOrDefault((Long) r[2], none);
            return new InteractionRow((Long) r[0], (Instant) r[1], (Long) r[2], (Long) r[3], (Channel) r[4],
                    (Direction) r[5], (Integer) r[6], queueAndAgent[0], queueAndAgent[1]);
        }).toList();
    }

    /** Each conversation's latest message from the customer before {@code before}; none for a conversation without. */
    public Map<Long, PreviousInbound> previousInbound(Collection<Long> conversationIds, Instant before) {
        Map<Long, PreviousInbound> latest = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return latest;
        }
        em.createQuery("SELECT e.conversationId, e.channel, e.occurredAt FROM TimelineEntry e"
                        + " WHERE e.conversationId IN :ids AND e.direction = :inbound AND e.type IN :types"
                        + " AND e.occurredAt < :before ORDER BY e.occurredAt, e.id", Object[].class)
                .setParameter("ids", conversationIds).setParameter("inbound", Direction.INBOUND)
                .setParameter("types", INTERACTIONS).setParameter("before", before).getResultStream()
                .forEach(r -> latest.put((Long) r[0], new PreviousInbound((Channel) r[1], (Instant) r[2])));
        return latest;
    }

    /** The conversations, by id, that were first answered, resolved, surveyed, rated or SLA-decided in [from, to). */
    public List<Long> conversationsConcerning(Instant from, Instant to) {
        List<Long> ids = new java.util.ArrayList<>(em.createQuery("SELECT c.id FROM Conversation c WHERE"
                        + " (c.firstResponseAt >= :from AND c.firstResponseAt < :to)"
                        + " OR (c.resolvedAt >= :from AND c.resolvedAt < :to)"
                        + " OR (c.csat.at >= :from AND c.csat.at < :to)"
                        + " OR (c.sla.firstResponse.dueAt >= :from AND c.sla.firstResponse.dueAt < :to)"
                        + " OR (c.sla.firstResponse.stoppedAt >= :from AND c.sla.firstResponse.stoppedAt < :to)"
                        + " OR (c.sla.resolution.dueAt >= :from AND c.sla.resolution.dueAt < :to)"
                        + " OR (c.sla.resolution.stoppedAt >= :from AND c.sla.resolution.stoppedAt < :to)", Long.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        ids.addAll(em.createQuery("SELECT s.conversationId FROM CsatSurvey s WHERE s.sentAt >= :from AND s.sentAt < :to",
                Long.class).setParameter("from", from).setParameter("to", to).getResultList());
        return ids.stream().distinct().sorted().toList();
    }

    public List<ConversationOutcome> outcomes(List<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> surveys = new HashMap<>();
        em.createQuery("SELECT s.conversationId, s.sentAt FROM CsatSurvey s WHERE s.conversationId IN :ids", Object[].class)
                .setParameter("ids", conversationIds).getResultStream().forEach(r -> surveys.put((Long) r[0], (Instant) r[1]));
        return em.createQuery("SELECT c.id, c.startedOn, c.queue, c.assignee, c.openedAt, c.firstResponseAt, c.resolvedAt,"
                        + " c.csat.score, c.csat.at, c.sla.policy, c.sla.firstResponse.dueAt, c.sla.firstResponse.stoppedAt,"
                        + " c.sla.resolution.dueAt, c.sla.resolution.stoppedAt FROM Conversation c WHERE c.id IN :ids"
                        + " ORDER BY c.id", Object[].class)
                .setParameter("ids", conversationIds).getResultStream()
                .map(r -> new ConversationOutcome((Long) r[0], (Channel) r[1], (String) r[2], (String) r[3],
                        (Instant) r[4], (Instant) r[5], (Instant) r[6], surveys.get((Long) r[0]), (Integer) r[7],
                        (Instant) r[8], (String) r[9], new ConversationOutcome.Target((Instant) r[10], (Instant) r[11]),
                        new ConversationOutcome.Target((Instant) r[12], (Instant) r[13])))
                .toList();
    }

    /** The team of each queue that has one, as the queues' configuration says now. */
    public Map<String, String> teamsOfQueues() {
        Map<String, String> teams = new HashMap<>();
        queues.all().stream().filter(q -> q.team() != null).forEach(q -> teams.put(q.name(), q.team()));
        return teams;
    }

    /** Adds the tally to the run's facts, in the caller's transaction (a chunk's, with its checkpoint). */
    public void add(FactTally tally) {
        tally.forEach((key, sums) -> {
            Fact fact = em.find(Fact.class, key);
            if (fact == null) {
                fact = new Fact(key);
                em.persist(fact);
            }
            fact.add(sums[0], sums[1]);
        });
    }

    /** The run's facts become the day's, and those of every other run of the day are deleted, in one transaction. */
    public void publish(LocalDate day, long runId, Instant at) {
        AnalyticsDay published = em.find(AnalyticsDay.class, day, LockModeType.PESSIMISTIC_WRITE);
        if (published == null) {
            published = new AnalyticsDay(day);
            em.persist(published);
        }
        published.publish(runId, at);
        em.createQuery("DELETE FROM Fact f WHERE f.key.day = :day AND f.key.runId <> :run")
                .setParameter("day", day).setParameter("run", runId).executeUpdate();
    }

    /** The run published for each day of [from, to] that has one. */
    public Map<LocalDate, Long> publishedRuns(LocalDate from, LocalDate to) {
        Map<LocalDate, Long> runs = new HashMap<>();
        em.createQuery("SELECT d FROM AnalyticsDay d WHERE d.day >= :from AND d.day <= :to", AnalyticsDay.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(d -> runs.put(d.getDay(), d.getRunId()));
        return runs;
    }

}
