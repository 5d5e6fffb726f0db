package io.threadline.composer;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Agents' private reply drafts. Every method takes the author, and is only ever called with the signed-in user:
 * there is no way to read or change someone else's draft. Saving an empty text discards the draft; sending a reply
 * discards it too, and a save of the very text the author just sent (the reply box saving as the agent clicks Send)
 * does not bring it back.
 */
@Stateless
public class Drafts {

    static final int MAX_TEXT = 100_000;

    /** A draft as its author gets it back; {@code channel} may be null. */
    public record Draft(String text, String channel, Instant savedAt) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public Optional<Draft> of(long conversationId, String author) {
        return find(conversationId, author).map(d -> new Draft(d.getText(), d.getChannel(), d.getSavedAt()));
    }

    /** Keeps the text as the author's draft of the conversation; a blank text discards it. */
    public void save(long conversationId, String author, String text, Channel channel) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        if (text == null || text.isBlank() || text.equals(lastReplyText(conversationId, author))) {
            discard(conversationId, author);
            return;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "is longer than " + MAX_TEXT + " characters");
        }
        ReplyDraft draft = find(conversationId, author).orElseGet(() -> {
            ReplyDraft created = new ReplyDraft(conversationId, author);
            em.persist(created);
            return created;
        });
        draft.keep(text, channel == null ? null : channel.name());
    }

    public void discard(long conversationId, String author) {
        find(conversationId, author).ifPresent(em::remove);
    }

    private String lastReplyText(long conversationId, String author) {
        return em.createNamedQuery("TimelineEntry.repliesBy", TimelineEntry.class).setParameter("conversationId", conversationId)
                .setParameter("author", author).setMaxResults(1).getResultStream().findFirst().map(TimelineEntry::getText)
                .orElse(null);
    }

    private Optional<ReplyDraft> find(long conversationId, String author) {
        return em.createNamedQuery("ReplyDraft.of", ReplyDraft.class).setParameter("conversationId", conversationId)
                .setParameter("author", author).getResultStream().findFirst();
    }
}
