package io.threadline.reporting;

import io.threadline.conversation.ConversationStatus;
import io.threadline.routing.Presence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Today's figures, read from the live tables (not the nightly facts): conversations waiting for an agent per queue
 * with the longest wait, agents online, and SLA breaches since midnight in the reporting zone.
 */
@Stateless
public class LiveFigures {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private ReportingSettings settings;

    /** A queue's open, unassigned conversations, and the customer activity the longest waiting one waits since. */
    public record QueueWaiting(String queue, long waiting, Instant oldestSince) {
    }

    public List<QueueWaiting> waitingByQueue() {
        return em.createQuery("SELECT c.queue, COUNT(c), MIN(c.lastActivityAt) FROM Conversation c"
                        + " WHERE c.status = :open AND c.assignee IS NULL AND c.mergedInto IS NULL"
                        + " GROUP BY c.queue ORDER BY c.queue", Object[].class)
                .setParameter("open", ConversationStatus.OPEN).getResultStream()
                .map(r -> new QueueWaiting((String) r[0], (Long) r[1], (Instant) r[2])).toList();
    }

    public long agentsOnline() {
        return em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.presence = :online", Long.class)
                .setParameter("online", Presence.ONLINE).getSingleResult();
    }

    public long breachesToday() {
        Instant midnight = LocalDate.now(settings.zone()).atStartOfDay(settings.zone()).toInstant();
        return em.createQuery("SELECT COUNT(b) FROM Conversation c JOIN c.breaches b WHERE b.at >= :midnight", Long.class)
                .setParameter("midnight", midnight).getSingleResult();
    }
}
