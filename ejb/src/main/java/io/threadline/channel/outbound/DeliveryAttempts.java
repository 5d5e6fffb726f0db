package io.threadline.channel.outbound;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The book of a reply's attempts to go out, each step committed on its own so that it outlives the provider call
 * it brackets: an attempt is claimed (recorded) before the provider is called, and its outcome recorded after.
 * A reply with an attempt and no outcome is never handed over again by a queue message; only
 * {@link OutboundDelivery#confirm} takes it up, by claiming that very attempt, so two servers cannot both.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class.getName());

    /** A claimed attempt: the reply to hand over, and when the attempt before it began (null for a first one). */
    public record Claim(OutgoingReply reply, Instant previousAttempt) {
    }

    /** An attempt without an outcome, as the confirmation sweep finds it. */
    public record Unconfirmed(long entryId, Instant attemptedAt) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private Recipients recipients;

    @Inject
    private ChannelRules channelRules;

    @EJB
    private ReplyAttachments attachments;

    @EJB
    private DeliveryReceipts receipts;

    @EJB
    private ReplyEvents replyEvents;

    /** The reply's first attempt, if it is PENDING and was never handed to its provider. */
    public Optional<Claim> claimFirst(long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId);
        OutgoingReply reply = entry == null ? null : outgoingThenLocked(entry);
        if (entry == null || entry.getDeliveryStatus() != DeliveryStatus.PENDING) {
            LOG.info("Reply " + entryId + " is not pending any more; nothing to deliver");
            return Optional.empty();
        }
        if (entry.getAttemptedAt() != null) {
            LOG.info("Reply " + entryId + " was handed to its provider at " + entry.getAttemptedAt()
                    + " with no outcome recorded; it is confirmed with the provider, not sent again");
            return Optional.empty();
        }
        entry.attempt(now());
        return Optional.of(new Claim(reply, null));
    }

    /** A new attempt in place of {@code seenAttempt}, if the reply still waits on that one (no one else took it up). */
    public Optional<Claim> claimUnconfirmed(long entryId, Instant seenAttempt) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId);
        OutgoingReply reply = entry == null ? null : outgoingThenLocked(entry);
        if (entry == null || entry.getDeliveryStatus() != DeliveryStatus.PENDING || !seenAttempt.equals(entry.getAttemptedAt())) {
            return Optional.empty();
        }
        entry.attempt(now());
        return Optional.of(new Claim(reply, seenAttempt));
    }

    /**
     * The reply as it goes out, read before its row is locked and read again under the lock (the state a claim
     * decides on). In this order because Derby lets no one read a row another transaction holds for update: two claims
     * in one conversation, each holding its reply and reading the other's as part of the thread, would wait on each
     * other (measured: deadlocks in the benchmark's replies run).
     */
    private OutgoingReply outgoingThenLocked(TimelineEntry entry) {
        OutgoingReply reply = outgoing(entry);
        em.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        return reply;
    }

    /**
     * The outcome of an attempt, unless the reply is not PENDING any more: a provider's status report that names the
     * reply can confirm it while the attempt still waits for its answer.
     */
    public void record(long entryId, DeliveryResult result) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getDeliveryStatus() != DeliveryStatus.PENDING) {
            LOG.info("Reply " + entryId + " was confirmed before its attempt ended; its outcome " + result.status()
                    + " changes nothing");
            return;
        }
        String detailBefore = entry.getDeliveryDetail();
        switch (result.status()) {
            case SENT -> entry.sent(result.providerMessageId());
            case DELIVERED -> entry.delivered(result.providerMessageId());
            case PENDING -> entry.unconfirmed(result.reason());
            default -> entry.failed(result.reason());
        }
        if (entry.getDeliveryStatus() != DeliveryStatus.PENDING || !Objects.equals(detailBefore, entry.getDeliveryDetail())) {
            replyEvents.statusChanged(entry);
        }
        if (entry.getDeliveryStatus() == DeliveryStatus.SENT || entry.getDeliveryStatus() == DeliveryStatus.DELIVERED) {
            receipts.applyKeptFor(entry);
        }
    }

    /** Replies whose attempt began before {@code cutoff} and has no outcome, the oldest first, at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Unconfirmed> unconfirmedBefore(Instant cutoff, int max) {
        return em.createNamedQuery("TimelineEntry.unconfirmed", TimelineEntry.class).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultStream().map(e -> new Unconfirmed(e.getId(), e.getAttemptedAt())).toList();
    }

    private OutgoingReply outgoing(TimelineEntry entry) {
        Channel channel = entry.getChannel();
        Conversation conversation = entry.getConversation();
        List<String> thread = em.createNamedQuery("TimelineEntry.threadOf", String.class)
                .setParameter("conversation", conversation).setParameter("channel", channel)
                .setParameter("entryId", entry.getId()).getResultList();
        return new OutgoingReply(entry.getId(), conversation.getId(), channel,
                recipients.addressOf(entry.getCustomer(), channel), entry.getText(), entry.getAuthor(),
                conversation.getSubject(), thread, channelRules.lastInboundOn(entry.getCustomer(), channel).orElse(null),
                attachments.outgoing(entry));
    }

    /** Millisecond precision, which every database keeps, so that an attempt read back equals the one written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
