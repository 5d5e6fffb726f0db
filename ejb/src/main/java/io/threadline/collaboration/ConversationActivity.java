package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.ConflictException;
import io.threadline.shared.CrmEvents;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
    private CrmEvents events;

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

    /** Puts {@code text} on the timeline as a system entry by {@code author} and publishes {@code eventType}. */
    public TimelineEntry record(Conversation conversation, String author, String text, String eventType, JsonObjectBuilder data) {
        TimelineEntry entry = TimelineEntry.system(conversation, author, text, Instant.now());
        em.persist(entry);
        events.publish(eventType, data.add("conversationId", conversation.getId())
                .add("customerId", conversation.getCustomer().getId())
                .add("by", author).build());
        return entry;
    }

    public static JsonObjectBuilder data() {
        return Json.createObjectBuilder();
    }
}
