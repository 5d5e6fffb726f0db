package io.threadline.channel.outbound;

import io.threadline.composer.Drafts;
import io.threadline.conversation.Attachment;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import io.threadline.sla.SlaClocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * An agent's reply: stored on the timeline as PENDING and queued on {@code jms/crm/OutboundQueue} in one
 * transaction, so a reply is either both recorded and on its way or neither. A reply to send later is stored
 * SCHEDULED and not queued; {@link ScheduledReplies} queues it when its time comes. Either way the author's draft
 * of the conversation is discarded with it.
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
    private OutboundQueue outbound;

    @Inject
    private ReplySettings settings;

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

    @EJB
    private Drafts drafts;

    @EJB
    private SlaClocks slaClocks;

    @EJB
    private ReplyAttachments attachments;

    /**
     * {@code seenUpTo}, when given, is the newest timeline entry the agent had seen: the reply is refused (409) if the
     * customer wrote or another agent replied since ({@link StaleReplyGuard}).
     */
    public TimelineEntry reply(long conversationId, Channel channel, String text, String author, Long seenUpTo) {
        return reply(conversationId, NewReply.now(channel, text, seenUpTo), author);
    }

    public TimelineEntry reply(long conversationId, NewReply reply, String author) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        if (conversation.isMerged()) {
            throw new ConflictException("Conversation " + conversationId + " was merged into conversation "
                    + conversation.getMergedInto() + "; reply there");
        }
        Channel channel = reply.channel();
        String text = reply.text();
        requireSendable(conversation, channel, text);
        Instant now = Instant.now();
        requireSendAtAhead(reply.sendAt(), now);
        staleReplyGuard.requireNothingNewSince(conversation, reply.seenUpTo(), author);
        channelRules.requireReplyAllowed(conversation.getCustomer(), channel, now);
        List<Attachment> files = attachments.forReply(reply.attachmentIds(), channel, author);
        TimelineEntry entry = reply.sendAt() == null
                ? TimelineEntry.reply(conversation, channel, author, text, files, now)
                : TimelineEntry.scheduledReply(conversation, channel, author, text, files, reply.sendAt());
        em.persist(entry);
        em.flush();
        drafts.discard(conversationId, author);
        if (reply.sendAt() == null) {
            answered(conversation, now);
            queue(entry);
        } else {
            replyEvents.scheduled(entry);
        }
        return entry;
    }

    /**
     * A message automation sends (an auto-reply, a satisfaction survey), queued as a reply is. It answers nothing: the
     * SLA's response clocks go on and the customer's urgency stays. Every refusal is an {@link InvalidInputException},
     * which leaves the caller's transaction alone, so automation can note it and go on.
     */
    public TimelineEntry sendAutomated(Conversation conversation, Channel channel, String text, String author) {
        if (conversation.isMerged()) {
            throw new InvalidInputException("conversation", "conversation " + conversation.getId() + " was merged into "
                    + conversation.getMergedInto());
        }
        requireSendable(conversation, channel, text);
        Instant now = Instant.now();
        try {
            channelRules.requireReplyAllowed(conversation.getCustomer(), channel, now);
        } catch (ConflictException closedWindow) {
            throw new InvalidInputException("channel", closedWindow.getMessage());
        }
        TimelineEntry entry = TimelineEntry.reply(conversation, channel, author, text, now);
        em.persist(entry);
        em.flush();
        queue(entry);
        return entry;
    }

    private void requireSendable(Conversation conversation, Channel channel, String text) {
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
    }

    private void queue(TimelineEntry entry) {
        outbound.send(entry);
        replyEvents.queued(entry);
    }

    /** A person answered: the customer's messages are not waiting any more, and the SLA's response clocks stop. */
    public void answered(Conversation conversation, Instant at) {
        conversation.answered(at);
        slaClocks.agentReplied(conversation, at);
    }

    private void requireSendAtAhead(Instant sendAt, Instant now) {
        if (sendAt == null) {
            return;
        }
        if (!sendAt.isAfter(now)) {
            throw new InvalidInputException("sendAt", "is in the past (" + sendAt + "); a reply can be scheduled only for later");
        }
        if (sendAt.isAfter(now.plus(settings.maxScheduleAhead()))) {
            throw new InvalidInputException("sendAt", "is more than " + settings.maxScheduleAhead().toDays()
                    + " days ahead; a reply can be scheduled at most that far");
        }
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
        outbound.send(entry);
        replyEvents.statusChanged(entry);
        return entry;
    }
}
