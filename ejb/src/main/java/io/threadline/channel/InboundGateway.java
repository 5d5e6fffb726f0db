package io.threadline.channel;

import io.threadline.shared.IntakeUnavailableException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;

/**
 * Hands validated inbound messages to {@code jms/crm/InboundQueue}. {@link #submit} sends outside any
 * transaction: a persistent send returns once the messaging engine has stored the message, so a caller that
 * gets a normal return knows the message is safely queued, and one refused by a full queue fails right here.
 * {@link #submitWithin} sends as part of the caller's transaction instead, for an ingress that stores
 * something with the message (the email poller stores attachments) and must have both or neither.
 * Each send uses a JMS context of its own, closed right after it (the container pools the connections): an injected
 * context outlives the request in this pooled bean, and outside a transaction a resource adapter may close the session
 * under it (ActiveMQ Artemis' does, and the next send fails with "Producer is closed").
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundGateway {

    @Resource(lookup = "jms/crm/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource(lookup = "jms/crm/InboundQueue")
    private Queue inbound;

    @Inject
    private PipelineMetrics metrics;

    public void submit(InboundMessage message, String ingress) {
        send(message, ingress);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void submitWithin(InboundMessage message, String ingress) {
        send(message, ingress);
    }

    private void send(InboundMessage message, String ingress) {
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty("ingress", ingress)
                    .send(inbound, message.toJson());
        } catch (JMSRuntimeException e) {
            throw new IntakeUnavailableException("The inbound queue did not accept the message: " + e.getMessage(), e);
        }
        metrics.accepted(ingress);
    }
}
