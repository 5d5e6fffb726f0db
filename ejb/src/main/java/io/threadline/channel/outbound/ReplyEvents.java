package io.threadline.channel.outbound;

import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.Instant;

/**
 * The events of a reply's life: {@code reply.queued} when an agent's reply is stored and queued (for a reply sent
 * later: {@code reply.scheduled} when it is stored, {@code reply.queued} when its time has come, or
 * {@code reply.cancelled}), {@code reply.status} each time its delivery status moves (the connector's SENT, DELIVERED
 * or FAILED, then the provider's reports). All name the customer, so screens showing that customer's timeline can
 * refresh.
 */
@Stateless
public class ReplyEvents {

    @EJB
    private EventPublisher events;

    public void queued(TimelineEntry reply) {
        events.publish(CrmEvent.replyQueued(about(reply), reply.getAuthor(), Instant.now()));
    }

    public void scheduled(TimelineEntry reply) {
        events.publish(CrmEvent.replyScheduled(about(reply), reply.getAuthor(), reply.getScheduledFor(), Instant.now()));
    }

    public void cancelled(TimelineEntry reply, String by) {
        events.publish(CrmEvent.replyCancelled(about(reply), reply.getAuthor(), by, reply.getScheduledFor(), Instant.now()));
    }

    public void statusChanged(TimelineEntry reply) {
        events.publish(CrmEvent.replyStatus(about(reply), reply.getDeliveryStatus().name(), Instant.now()));
    }

    private static CrmEvent.ReplyRef about(TimelineEntry reply) {
        return new CrmEvent.ReplyRef(reply.getId(), reply.getConversation().getId(), reply.getCustomer().getId(),
                reply.getChannel());
    }
}
