package io.threadline.channel;

import io.threadline.shared.IntakeUnavailableException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;

/**
 * Hands validated inbound messages to {@code jms/crm/InboundQueue}. {@link #submit} sends outside any
 * transaction: a persistent send returns once the messaging engine has stored the message, so a caller that
 * gets a normal return knows the message is safely queued, and one refused by a full queue fails right here.
 * {@link #submitWithin} sends as part of the caller's transaction instead, for an ingress that stores
 * something with the message (the email poller stores attachments) and must have both or neither.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundGateway {

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

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
        try {
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
