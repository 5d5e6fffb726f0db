package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.routing.Teams;
import io.threadline.shared.Actor;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Internal notes: a NOTE entry on the timeline that only the team sees (no channel, never queued for delivery).
 * Every agent the note @mentions, other than its author, gets a notification.
 */
@Stateless
public class Notes {

    static final int MAX_TEXT = 10_000;

    /** The note on the timeline, and who was notified. */
    public record Added(TimelineEntry note, List<String> notified) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationActivity activity;

    @EJB
    private EventPublisher events;

    @Inject
    private Teams teams;

    public Added add(long conversationId, String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "is longer than " + MAX_TEXT + " characters");
        }
        Conversation conversation = activity.lock(conversationId);
        TimelineEntry note = TimelineEntry.note(conversation, actor.name(), text.strip(), Instant.now());
        em.persist(note);
        List<String> notified = Mentions.in(text).stream()
                .filter(teams::isAgent).filter(name -> !name.equals(actor.name())).toList();
        notified.forEach(name -> em.persist(new Notification(name, note)));
        em.flush();
        events.publish(CrmEvent.noteAdded(conversationId, conversation.getCustomer().getId(), note.getId(), actor.name(),
                notified, note.getOccurredAt()));
        return new Added(note, notified);
    }
}
