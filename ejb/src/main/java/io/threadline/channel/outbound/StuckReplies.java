package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.ConflictException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Replies that have waited to go out longer than {@code crm.replies.stuck-after} (10 minutes): their queue message
 * failed into the exception destination, or was lost with a broker. Admins see them beside the dead letters and send
 * them again; a reply is delivered once however often it is queued ({@link OutboundDelivery#deliver} locks it).
 */
@Stateless
public class StuckReplies {

    /**
     * A reply still waiting, as the admin page and the API show it. {@code attemptedAt} is set when it was handed to
     * its provider without an answer back ({@code detail} says why it is not confirmed); it is null when it never was.
     */
    public record StuckReply(long entryId, long conversationId, long customerId, String customer, String channel,
                             String author, Instant pendingSince, String text, Instant attemptedAt, String detail) {
    }

    static final int MAX_TEXT = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private ReplySettings settings;

    @Inject
    private OutboundQueue queue;

    /** The replies PENDING for longer than the setting, the longest waiting first, at most {@code max}. */
    public List<StuckReply> waiting(int max) {
        Instant cutoff = Instant.now().minus(settings.stuckAfter());
        return em.createQuery("SELECT e FROM TimelineEntry e WHERE e.deliveryStatus = :pending AND (e.pendingSince < :cutoff"
                        + " OR (e.pendingSince IS NULL AND e.recordedAt < :cutoff)) ORDER BY e.recordedAt, e.id", TimelineEntry.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultStream().map(StuckReplies::view).toList();
    }

    /**
     * Queues the reply again; refused when it is not waiting any more (sent, failed or cancelled meanwhile). A reply
     * handed to its provider without an answer is sent anyway: the admin decides it did not arrive.
     */
    public void sendAgain(long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getDeliveryStatus() == null) {
            throw new NotFoundException("Reply", entryId);
        }
        if (entry.getDeliveryStatus() != DeliveryStatus.PENDING) {
            throw new ConflictException("Reply " + entryId + " is " + entry.getDeliveryStatus() + ", not waiting to go out");
        }
        if (entry.getAttemptedAt() != null) {
            entry.forgetAttempt();
        }
        queue.send(entry);
    }

    private static StuckReply view(TimelineEntry e) {
        String text = e.getText() == null ? "" : e.getText();
        return new StuckReply(e.getId(), e.getConversation().getId(), e.getCustomer().getId(), e.getCustomer().label(),
                e.getChannel().name(), e.getAuthor(), e.getPendingSince() == null ? e.getRecordedAt() : e.getPendingSince(),
                text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…", e.getAttemptedAt(), e.getDeliveryDetail());
    }
}
