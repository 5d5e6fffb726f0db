package io.threadline.events;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.time.Duration;

/**
 * Publishes CRM events on {@code jms/crm/EventsTopic}, each with the string property {@code eventType}. The send joins
 * the caller's transaction (the injected context is container-managed), so subscribers see an event only after what it
 * announces committed, and never for a change that rolled back. Each persistent event is also fired in-process as the
 * {@link CrmEvent} itself, synchronously in the caller's transaction, so that what reacts to it (automation) acts in
 * that transaction too.
 */
@Stateless
public class EventPublisher {

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/EventsTopic")
    private Topic topic;

    @Inject
    private Event<CrmEvent> inProcess;

    public void publish(CrmEvent event) {
        requireOnTopic(event);
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty("eventType", event.type().json())
                .send(topic, event.envelope());
        inProcess.fire(event);
    }

    /**
     * An event that only matters for a moment (someone is typing): it expires after {@code timeToLive}, so a
     * subscriber that was away does not get a backlog of them.
     */
    public void publishTransient(CrmEvent event, Duration timeToLive) {
        requireOnTopic(event);
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setTimeToLive(timeToLive.toMillis())
                .setProperty("eventType", event.type().json())
                .send(topic, event.envelope());
    }

    private static void requireOnTopic(CrmEvent event) {
        if (!event.type().onTopic()) {
            throw new IllegalArgumentException(event.type().json() + " is not published on the events topic");
        }
    }
}
