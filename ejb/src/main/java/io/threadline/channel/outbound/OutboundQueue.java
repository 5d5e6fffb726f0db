package io.threadline.channel.outbound;

import io.threadline.conversation.TimelineEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;

/** Puts a PENDING reply on {@code jms/crm/OutboundQueue}, as part of the caller's transaction. */
@Dependent
public class OutboundQueue {

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/OutboundQueue")
    private Queue outbound;

    public void send(TimelineEntry reply) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(outbound, Json.createObjectBuilder().add("entryId", reply.getId()).build().toString());
    }
}
