package io.threadline.channel.outbound;

import io.threadline.conversation.TimelineEntry;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies providers' status reports to the replies they concern, so the timeline shows SENT, DELIVERED, READ or
 * FAILED with the provider's reason. A report for a reply not yet recorded as sent is kept and applied when the
 * reply's provider id is stored (or by {@link #applyKept}).
 */
@Stateless
public class DeliveryReceipts {

    private static final Logger LOG = Logger.getLogger(DeliveryReceipts.class.getName());

    /** How long a receipt waits for its reply; one that never matches a reply (sent by another system) is dropped. */
    static final Duration KEEP = Duration.ofDays(1);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @EJB
    private ReplyEvents replyEvents;

    public void apply(List<DeliveryReceipt> receipts) {
        for (DeliveryReceipt receipt : receipts) {
            Optional<TimelineEntry> reply = sentReply(receipt.channel(), receipt.providerMessageId());
            if (reply.isPresent()) {
                advance(reply.get(), receipt.status(), receipt.detail());
            } else if (!confirmed(receipt)) {
                em.persist(new PendingReceipt(receipt, Instant.now()));
            }
        }
    }

    /**
     * A report that names a reply handed to the provider with no outcome yet (its answer lost, or still awaited):
     * the provider has it, so it is SENT with the provider's id, then advanced to what the report says.
     */
    private boolean confirmed(DeliveryReceipt receipt) {
        if (receipt.replyId() == null) {
            return false;
        }
        TimelineEntry reply = em.find(TimelineEntry.class, receipt.replyId(), LockModeType.PESSIMISTIC_WRITE);
        if (reply == null || reply.getChannel() != receipt.channel() || reply.getDeliveryStatus() != DeliveryStatus.PENDING
                || reply.getAttemptedAt() == null) {
            return false;
        }
        LOG.info("Reply " + reply.getId() + " confirmed by a status report: the provider has it as " + receipt.providerMessageId());
        reply.sent(receipt.providerMessageId());
        reply.advanceDelivery(receipt.status(), receipt.detail());
        replyEvents.statusChanged(reply);
        applyKeptFor(reply);
        return true;
    }

    /** Messenger's read receipt: every reply to that customer on the channel sent up to the watermark is READ. */
    public void apply(ReadWatermark watermark) {
        IdentityType type = watermark.channel() == Channel.INSTAGRAM ? IdentityType.INSTAGRAM : IdentityType.FACEBOOK;
        identities.find(new IdentityKey(type, watermark.handle())).ifPresent(identity ->
                em.createNamedQuery("TimelineEntry.sentTo", TimelineEntry.class)
                        .setParameter("customer", identity.getCustomer()).setParameter("channel", watermark.channel())
                        .setParameter("upTo", watermark.readUpTo())
                        .getResultList().forEach(entry -> advance(entry, DeliveryStatus.READ, null)));
    }

    /** Called when a reply has just been recorded as sent: reports that came before apply now. */
    public void applyKeptFor(TimelineEntry reply) {
        List<PendingReceipt> kept = em.createNamedQuery("PendingReceipt.forMessage", PendingReceipt.class)
                .setParameter("channel", reply.getChannel()).setParameter("id", reply.getExternalId()).getResultList();
        for (PendingReceipt receipt : kept) {
            advance(reply, receipt.receipt().status(), receipt.receipt().detail());
            em.remove(receipt);
        }
    }

    /** Applies kept reports whose reply is known by now, and drops those that waited longer than {@link #KEEP}. */
    public int applyKept() {
        int applied = 0;
        Instant expiry = Instant.now().minus(KEEP);
        for (PendingReceipt kept : em.createNamedQuery("PendingReceipt.all", PendingReceipt.class).getResultList()) {
            DeliveryReceipt receipt = kept.receipt();
            Optional<TimelineEntry> reply = sentReply(receipt.channel(), receipt.providerMessageId());
            if (reply.isPresent()) {
                advance(reply.get(), receipt.status(), receipt.detail());
                applied++;
                em.remove(kept);
            } else if (kept.receivedAt().isBefore(expiry)) {
                LOG.info("Dropping a " + receipt.status() + " report for " + receipt.channel() + " message "
                        + receipt.providerMessageId() + ": no reply of Threadline has that id");
                em.remove(kept);
            }
        }
        return applied;
    }

    private Optional<TimelineEntry> sentReply(Channel channel, String providerMessageId) {
        return em.createNamedQuery("TimelineEntry.byExternalId", TimelineEntry.class)
                .setParameter("channel", channel).setParameter("externalId", providerMessageId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(e -> e.getDeliveryStatus() != null).findFirst();
    }

    private void advance(TimelineEntry reply, DeliveryStatus status, String detail) {
        if (reply.advanceDelivery(status, detail)) {
            replyEvents.statusChanged(reply);
        }
    }
}
