package io.threadline.shared;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.annotation.Resource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes CRM events (customer.created, customer.merged, conversation.created, message.received, ...)
 * on {@code jms/crm/EventsTopic} as {@code {"type", "version", "id", "occurredAt", "data"}}. The send joins the
 * caller's transaction, so an event is seen only if what it announces was committed. Each persistent event is also
 * fired in-process as a {@link PublishedEvent}, in the caller's transaction, before this returns.
 */
@Stateless
public class CrmEvents {

    /** The version of the envelope and of the data of every event type; a change that breaks a reader bumps it. */
    public static final int VERSION = 1;

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/EventsTopic")
    private Topic events;

    @Inject
    private Event<PublishedEvent> inProcess;

    public void publish(String type, JsonObject data) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty("eventType", type)
                .send(events, envelope(type, data));
        inProcess.fire(new PublishedEvent(type, data));
    }

    /**
     * An event that only matters for a moment (someone is typing): it expires after {@code timeToLive}, so a
     * subscriber that was away does not get a backlog of them.
     */
    public void publishTransient(String type, JsonObject data, Duration timeToLive) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setTimeToLive(timeToLive.toMillis())
                .setProperty("eventType", type)
                .send(events, envelope(type, data));
    }

    /** The versioned envelope every event travels in (on the topic, and in automation's webhooks). */
    public static String envelope(String type, JsonObject data) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("version", VERSION)
                .add("id", UUID.randomUUID().toString())
                .add("occurredAt", Instant.now().toString())
                .add("data", data)
                .build().toString();
    }
}
