package io.threadline.channel;

import io.threadline.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes {@code jms/crm/InboundQueue}. Each message is processed in the container transaction that
 * received it (JMS and JDBC together). Invalid messages are moved to the exception destination with
 * the reason; a failure rolls back and the message is redelivered, up to the queue's bound, after which
 * the messaging engine moves it to the exception destination, where the recorded reason goes with it.
 */
@MessageDriven(name = "InboundMessageMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/crm/InboundQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InboundMessageMDB implements MessageListener {

    private static final Logger LOG = Logger.getLogger(InboundMessageMDB.class.getName());

    @Resource
    private MessageDrivenContext context;

    @EJB
    private InboundProcessor processor;

    @EJB
    private DeadLetters deadLetters;

    @EJB
    private InboundFailureLog failures;

    @Inject
    private PipelineMetrics metrics;

    @Override
    public void onMessage(Message message) {
        String messageId = null;
        int attempt = 1;
        try {
            messageId = message.getJMSMessageID();
            attempt = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
            if (!(message instanceof TextMessage text)) {
                deadLetters.reject(message, "body: must be a JMS TextMessage holding the canonical JSON message, not "
                        + message.getClass().getSimpleName());
                return;
            }
            Instant receivedAt = message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : Instant.now();
            processor.process(text.getText(), receivedAt);
            if (attempt > 1) {
                failures.forget(messageId);
            }
        } catch (InvalidInputException e) {
            deadLetters.reject(message, e.getMessage());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Inbound message " + messageId + " failed on delivery " + attempt + "; it will be redelivered", e);
            metrics.failedAttempt();
            if (messageId != null) {
                failures.attemptFailed(messageId, attempt, e);
            }
            context.setRollbackOnly();
        }
    }
}
