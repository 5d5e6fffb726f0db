package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Actor;
import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Replies to be sent later. When its time has come a SCHEDULED reply is released: PENDING and queued in one
 * transaction, like a reply sent at once; or FAILED with the reason when its channel's rules refuse it by then (it
 * can be sent again). Its author, a supervisor or an admin can cancel it until then. Release and cancel lock the
 * reply's row and act only on a SCHEDULED one, so with several servers a reply goes once, or is cancelled, never both.
 */
@Stateless
public class ScheduledReplies {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @EJB
    private ReplyService replies;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private OutboundQueue outbound;

    @Inject
    private ChannelRules channelRules;

    @EJB
    private ReplyEvents replyEvents;

    /** The scheduled replies whose time has come, oldest first. */
    public List<Long> due(Instant now) {
        return em.createNamedQuery("TimelineEntry.scheduledDue", Long.class).setParameter("now", now).getResultList();
    }

    /** Queues one due reply, in a transaction of its own; returns whether this call released it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(long entryId, Instant now) {
        TimelineEntry reply = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (reply == null || reply.getDeliveryStatus() != DeliveryStatus.SCHEDULED || reply.getScheduledFor().isAfter(now)) {
            return false;
        }
        try {
            channelRules.requireReplyAllowed(reply.getCustomer(), reply.getChannel(), now);
        } catch (ConflictException closed) {
            reply.failedToRelease(now, closed.getMessage());
            replyEvents.statusChanged(reply);
            return true;
        }
        reply.release(now);
        if (reply.getConversation() != null) {
            replies.answered(reply.getConversation(), now);
        }
        outbound.send(reply);
        replyEvents.queued(reply);
        return true;
    }

    /** Cancels a SCHEDULED reply (its author, or a supervisor); 409 once it went or was cancelled. */
    public TimelineEntry cancel(long conversationId, long entryId, Actor actor) {
        TimelineEntry reply = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (reply == null || reply.getConversation() == null || reply.getConversation().getId() != conversationId
                || reply.getDeliveryStatus() == null) {
            throw new NotFoundException("Reply", entryId);
        }
        if (!actor.supervisor() && !actor.name().equals(reply.getAuthor())) {
            throw new ForbiddenException("Only " + reply.getAuthor() + ", who wrote it, or a supervisor can cancel this reply");
        }
        if (reply.getDeliveryStatus() == DeliveryStatus.CANCELLED) {
            throw new ConflictException("The reply scheduled for " + WHEN.format(reply.getScheduledFor()) + " was already cancelled");
        }
        if (reply.getDeliveryStatus() != DeliveryStatus.SCHEDULED) {
            throw new ConflictException(reply.getScheduledFor() == null
                    ? "Reply " + entryId + " was not scheduled; it went at " + WHEN.format(reply.getOccurredAt())
                    : "The reply scheduled for " + WHEN.format(reply.getScheduledFor()) + " has already gone ("
                    + reply.getDeliveryStatus() + "); it can no longer be cancelled");
        }
        reply.cancel();
        em.persist(TimelineEntry.system(reply.getConversation(), actor.name(),
                actor.name() + " cancelled the reply scheduled for " + WHEN.format(reply.getScheduledFor()), Instant.now()));
        replyEvents.cancelled(reply, actor.name());
        return reply;
    }
}
