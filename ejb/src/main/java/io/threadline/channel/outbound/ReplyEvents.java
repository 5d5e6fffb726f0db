package io.threadline.channel.outbound;

import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.CrmEvents;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

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
    private CrmEvents events;

    public void queued(TimelineEntry reply) {
        events.publish("reply.queued", about(reply).add("author", reply.getAuthor()).build());
    }

    public void scheduled(TimelineEntry reply) {
        events.publish("reply.scheduled", about(reply).add("author", reply.getAuthor())
                .add("sendAt", reply.getScheduledFor().toString()).build());
    }

    public void cancelled(TimelineEntry reply, String by) {
        events.publish("reply.cancelled", about(reply).add("author", reply.getAuthor()).add("by", by)
                .add("sendAt", reply.getScheduledFor().toString()).build());
    }

    public void statusChanged(TimelineEntry reply) {
        events.publish("reply.status", about(reply).add("deliveryStatus", reply.getDeliveryStatus().name()).build());
    }

    private static JsonObjectBuilder about(TimelineEntry reply) {
        return Json.createObjectBuilder()
                .add("entryId", reply.getId())
                .add("conversationId", reply.getConversation().getId())
                .add("customerId", reply.getCustomer().getId())
                .add("channel", reply.getChannel().name());
    }
}
