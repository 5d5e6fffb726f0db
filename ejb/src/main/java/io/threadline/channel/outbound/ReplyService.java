package io.threadline.channel.outbound;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * An agent's reply: stored on the timeline as PENDING and queued on {@code jms/crm/OutboundQueue} in one
 * transaction, so a reply is either both recorded and on its way or neither.
 */
@Stateless
public class ReplyService {

    /** An SMS is at most 1,600 characters (Twilio's limit); an email may say much more. */
    static int maxText(Channel channel) {
        return channel == Channel.EMAIL ? 100_000 : 1600;
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/OutboundQueue")
    private Queue outbound;

    @Inject
    private Recipients recipients;

    @Inject
    private Connectors connectors;

    @Inject
    private ChannelRules channelRules;

    @Inject
    private StaleReplyGuard staleReplyGuard;

    @EJB
    private ReplyEvents replyEvents;

    /**
     * {@code seenUpTo}, when given, is the newest timeline entry the agent had seen: the reply is refused (409) if the
     * customer wrote or another agent replied since ({@link StaleReplyGuard}).
     */
    public TimelineEntry reply(long conversationId, Channel channel, String text, String author, Long seenUpTo) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        if (conversation.isMerged()) {
            throw new ConflictException("Conversation " + conversationId + " was merged into conversation "
                    + conversation.getMergedInto() + "; reply there");
        }
        if (connectors.forChannel(channel).isEmpty()) {
            throw new InvalidInputException("channel", "replies on " + channel + " are not possible (possible: "
                    + connectors.connectedChannels() + ")");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be empty");
        }
        if (text.length() > maxText(channel)) {
            throw new InvalidInputException("text", "is longer than " + maxText(channel) + " characters");
        }
        recipients.addressOf(conversation.getCustomer(), channel);
        staleReplyGuard.requireNothingNewSince(conversation, seenUpTo, author);
        Instant now = Instant.now();
        channelRules.requireReplyAllowed(conversation.getCustomer(), channel, now);
        TimelineEntry entry = TimelineEntry.reply(conversation, channel, author, text, now);
        em.persist(entry);
        em.flush();
        queue(entry);
        replyEvents.queued(entry);
        return entry;
    }

    /** Sends a FAILED reply again, as it was written; the channel's rules are checked again. */
    public TimelineEntry retry(long conversationId, long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getConversation() == null || entry.getConversation().getId() != conversationId
                || entry.getDeliveryStatus() == null) {
            throw new NotFoundException("Reply", entryId);
        }
        if (entry.getDeliveryStatus() != DeliveryStatus.FAILED) {
            throw new ConflictException("Only a FAILED reply can be sent again; reply " + entryId + " is "
                    + entry.getDeliveryStatus());
        }
        channelRules.requireReplyAllowed(entry.getCustomer(), entry.getChannel(), Instant.now());
        entry.retry();
        queue(entry);
        replyEvents.statusChanged(entry);
        return entry;
    }

    private void queue(TimelineEntry entry) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(outbound, Json.createObjectBuilder().add("entryId", entry.getId()).build().toString());
    }
}
