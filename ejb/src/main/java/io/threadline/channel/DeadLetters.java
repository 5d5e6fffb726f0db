package io.threadline.channel;

import io.threadline.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The exception destinations of the inbound and the ERP queues: messages refused as invalid and messages that failed
 * every delivery. Admins list them with their reasons and replay them once the cause is fixed.
 */
@Stateless
public class DeadLetters {

    static final String REASON = "threadline_reason";
    static final String ORIGINAL_ID = "threadline_originalMessageId";
    private static final String EMBEDDED_ENGINE_REASON = "JMS_IBM_ExceptionMessage";
    private static final String ARTEMIS_ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/InboundQueue")
    private Queue inbound;

    @Resource(lookup = "jms/crm/InboundExceptionQueue")
    private Queue exceptions;

    @Resource(lookup = "jms/crm/ErpQueue")
    private Queue erp;

    @Resource(lookup = "jms/crm/ErpExceptionQueue")
    private Queue erpExceptions;

    @Resource(lookup = "jms/crm/OutboundQueue")
    private Queue outbound;

    @Resource(lookup = "jms/crm/OutboundExceptionQueue")
    private Queue outboundExceptions;

    @Resource(lookup = "jms/crm/WebhookQueue")
    private Queue webhooks;

    @Resource(lookup = "jms/crm/WebhookExceptionQueue")
    private Queue webhookExceptions;

    @EJB
    private InboundFailureLog failures;

    @Inject
    private PipelineMetrics metrics;

    /** Moves a refused message of {@code queue}, body unchanged, to its exception destination with the reason. */
    public void reject(DeadLetterQueue queue, Message message, String reason) {
        try {
            String body = message instanceof TextMessage text ? text.getText() : null;
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(REASON, reason)
                    .setProperty(ORIGINAL_ID, message.getJMSMessageID())
                    .send(exceptionsOf(queue), body);
            metrics.rejected();
        } catch (JMSException e) {
            throw new IllegalStateException("Could not move rejected message to the exception destination", e);
        }
    }

    /**
     * Records, with the reason, something an ingress could not make a message of (a mail that cannot be read), so
     * that admins see it beside the refused messages. {@code description} says what it was and where it still is.
     */
    public void setAside(String description, String reason) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(REASON, reason)
                .send(exceptions, description);
        metrics.rejected();
    }

    public List<DeadLetter> list(DeadLetterQueue queue, int max) {
        return browse(queue, null, max);
    }

    /** The dead letters of {@code queue} put there before {@code before} (refused then, or sent then and failed), at most {@code max}. */
    public List<DeadLetter> olderThan(DeadLetterQueue queue, Instant before, int max) {
        return browse(queue, "JMSTimestamp < " + before.toEpochMilli(), max);
    }

    private List<DeadLetter> browse(DeadLetterQueue queue, String selector, int max) {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(exceptionsOf(queue), selector)) {
            for (Message message : Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
                if (letters.size() >= max) {
                    break;
                }
                letters.add(describe(message));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not browse the exception destination of the " + queue.wireName() + " queue", e);
        }
        return letters;
    }

    /** Puts a dead letter back on its queue, unchanged, and forgets its failure history. */
    public void replay(DeadLetterQueue queue, String messageId) {
        try {
            Message message = take(queue, messageId);
            if (message == null) {
                throw new NotFoundException("Dead letter", messageId);
            }
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty("replayOf", originalIdOf(message))
                    .send(queueOf(queue), message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("Could not replay dead letter " + messageId, e);
        }
    }

    /** Deletes a dead letter and its failure history for good (retention); false when it is gone already. */
    public boolean discard(DeadLetterQueue queue, String messageId) {
        try {
            return take(queue, messageId) != null;
        } catch (JMSException e) {
            throw new IllegalStateException("Could not discard dead letter " + messageId, e);
        }
    }

    /**
     * Takes the dead letter off its exception destination, in the caller's transaction, forgetting its failure
     * history; null when there is no such dead letter.
     */
    private Message take(DeadLetterQueue queue, String messageId) throws JMSException {
        try (JMSConsumer consumer = jms.createConsumer(exceptionsOf(queue), "JMSMessageID = '" + messageId.replace("'", "''") + "'")) {
            Message message = consumer.receive(2000);
            if (message != null) {
                failures.forget(originalIdOf(message));
            }
            return message;
        }
    }

    private static String originalIdOf(Message message) throws JMSException {
        return message.propertyExists(ORIGINAL_ID) ? message.getStringProperty(ORIGINAL_ID) : message.getJMSMessageID();
    }

    private Queue queueOf(DeadLetterQueue queue) {
        return switch (queue) {
            case INBOUND -> inbound;
            case ERP -> erp;
            case OUTBOUND -> outbound;
            case WEBHOOK -> webhooks;
        };
    }

    private Queue exceptionsOf(DeadLetterQueue queue) {
        return switch (queue) {
            case INBOUND -> exceptions;
            case ERP -> erpExceptions;
            case OUTBOUND -> outboundExceptions;
            case WEBHOOK -> webhookExceptions;
        };
    }

    private DeadLetter describe(Message message) throws JMSException {
        String messageId = message.getJMSMessageID();
        String body = message instanceof TextMessage text ? text.getText() : null;
        if (message.propertyExists(REASON)) {
            return new DeadLetter(messageId, message.getStringProperty(REASON), 1,
                    Instant.ofEpochMilli(message.getJMSTimestamp()), body);
        }
        String engineReason = engineReason(message);
        return failures.find(messageId)
                .map(f -> new DeadLetter(messageId, f.getReason(), f.getAttempts(), f.getFailedAt(), body))
                .orElseGet(() -> new DeadLetter(messageId, engineReason, 0, null, body));
    }

    /**
     * Why the engine moved a message that left no failure record (it failed outside {@code InboundMessageMDB}). Liberty's
     * embedded engine says why in a property of its own; ActiveMQ Artemis names the queue the message was moved from.
     */
    private static String engineReason(Message message) throws JMSException {
        if (message.propertyExists(EMBEDDED_ENGINE_REASON)) {
            return message.getStringProperty(EMBEDDED_ENGINE_REASON);
        }
        String from = message.propertyExists(ARTEMIS_ORIGINAL_QUEUE) ? " from " + message.getStringProperty(ARTEMIS_ORIGINAL_QUEUE) : "";
        return "Moved" + from + " by the messaging engine after the maximum number of deliveries";
    }
}
