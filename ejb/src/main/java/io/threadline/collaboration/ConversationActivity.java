package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.ConflictException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * What every teamwork action shares: the conversation (not one merged away), locked for the rest of the transaction so two agents'
 * actions on it happen one after the other, and the record of what happened: a system entry on the timeline
 * and a CRM event, both part of the action's transaction.
 */
@Stateless
public class ConversationActivity {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private EventPublisher events;

    public Conversation lock(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        if (conversation.isMerged()) {
            throw new ConflictException("Conversation " + conversationId + " was merged into conversation "
                    + conversation.getMergedInto() + "; work on that one");
        }
        return conversation;
    }

    /** Puts {@code text} on the timeline as a system entry by {@code author} and publishes {@code event}. */
    public TimelineEntry record(Conversation conversation, String author, String text, CrmEvent event) {
        TimelineEntry entry = TimelineEntry.system(conversation, author, text, Instant.now());
        em.persist(entry);
        events.publish(event);
        return entry;
    }
}
