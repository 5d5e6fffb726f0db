package io.threadline.channel.outbound;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/** Delivers one queued reply through its channel's connector and records the outcome on the timeline. */
@Stateless
public class OutboundDelivery {

    private static final Logger LOG = Logger.getLogger(OutboundDelivery.class.getName());

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private Connectors connectors;

    @Inject
    private Recipients recipients;

    @Inject
    private ChannelRules channelRules;

    @EJB
    private DeliveryReceipts receipts;

    @EJB
    private ReplyEvents replyEvents;

    @EJB
    private ReplyAttachments attachments;

    /**
     * Delivers the reply if it is still PENDING. The reply is locked first: a reply sent again from the admin page
     * while its first message still waits on the queue goes out once, the second delivery finding it sent.
     */
    public void deliver(long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getDeliveryStatus() != DeliveryStatus.PENDING) {
            LOG.info("Reply " + entryId + " is not pending any more; nothing to deliver");
            return;
        }
        Channel channel = entry.getChannel();
        Conversation conversation = entry.getConversation();
        List<String> thread = em.createNamedQuery("TimelineEntry.threadOf", String.class)
                .setParameter("conversation", conversation).setParameter("channel", channel)
                .setParameter("entryId", entryId).getResultList();
        DeliveryResult result = connectors.forChannel(channel)
                .map(connector -> connector.deliver(new OutgoingReply(entryId, conversation.getId(), channel,
                        recipients.addressOf(entry.getCustomer(), channel), entry.getText(), entry.getAuthor(),
                        conversation.getSubject(), thread, channelRules.lastInboundOn(entry.getCustomer(), channel).orElse(null),
                        attachments.outgoing(entry))))
                .orElseGet(() -> DeliveryResult.failed("No connector delivers replies on " + channel
                        + " with the current configuration"));
        switch (result.status()) {
            case SENT -> entry.sent(result.providerMessageId());
            case DELIVERED -> entry.delivered(result.providerMessageId());
            default -> entry.failed(result.reason());
        }
        replyEvents.statusChanged(entry);
        if (entry.getDeliveryStatus() != DeliveryStatus.FAILED) {
            receipts.applyKeptFor(entry);
        }
    }
}
