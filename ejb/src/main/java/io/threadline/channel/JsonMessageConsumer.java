package io.threadline.channel;

import io.threadline.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the MDBs of JSON queues share: each message is processed in the container transaction that received it (JMS
 * and JDBC together). An invalid message is moved at once to the queue's exception destination with the reason; a
 * failure rolls back and the message is redelivered, up to the queue's bound, after which the messaging engine moves
 * it to the exception destination, where the reason recorded for each failed attempt goes with it.
 */
public abstract class JsonMessageConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(JsonMessageConsumer.class.getName());

    @Resource
    private MessageDrivenContext context;

    @EJB
    private InboundFailureLog failures;

    /** Applies the message's JSON; an {@link InvalidInputException} refuses it. */
    protected abstract void process(String json, Instant receivedAt);

    /** Moves the refused message, unchanged, to the exception destination with the reason. */
    protected abstract void reject(Message message, String reason);

    /** What the messages are, for the log ("Inbound message", "ERP message"). */
    protected abstract String what();

    /** A delivery failed and will be retried. */
    protected void attemptFailed() {
    }

    @Override
    public void onMessage(Message message) {
        String messageId = null;
        int attempt = 1;
        try {
            messageId = message.getJMSMessageID();
            attempt = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
            if (!(message instanceof TextMessage text)) {
                reject(message, "body: must be a JMS TextMessage holding JSON, not " + message.getClass().getSimpleName());
                return;
            }
            Instant receivedAt = message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : Instant.now();
            process(text.getText(), receivedAt);
            if (attempt > 1) {
                failures.forget(messageId);
            }
        } catch (InvalidInputException e) {
            reject(message, e.getMessage());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, what() + " " + messageId + " failed on delivery " + attempt + "; it will be redelivered", e);
            attemptFailed();
            if (messageId != null) {
                failures.attemptFailed(messageId, attempt, e);
            }
            context.setRollbackOnly();
        }
    }
}
