package io.threadline.conversation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of the conversation context: timelines and conversations as views. */
@Stateless
public class TimelineQueries {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** Every interaction of the customer across channels and conversations, oldest first by provider time. */
    public List<TimelineEntryView> timelineOf(Long customerId) {
        return em.createNamedQuery("TimelineEntry.ofCustomer", TimelineEntry.class)
                .setParameter("customerId", customerId)
                .getResultStream().map(TimelineEntryView::of).toList();
    }

    public Optional<ConversationView> conversation(Long id) {
        return Optional.ofNullable(em.find(Conversation.class, id)).map(ConversationView::of);
    }

    public List<ConversationView> conversationsOf(Long customerId) {
        return em.createNamedQuery("Conversation.ofCustomer", Conversation.class)
                .setParameter("customerId", customerId)
                .getResultStream().map(ConversationView::of).toList();
    }

    /** How many timeline entries the customer has per conversation (key null: entries of no conversation). */
    public Map<Long, Long> entryCountsByConversation(Long customerId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.conversationId, COUNT(e) FROM TimelineEntry e"
                        + " WHERE e.customer.id = :customerId GROUP BY e.conversationId", Object[].class)
                .setParameter("customerId", customerId).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
