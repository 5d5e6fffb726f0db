package io.threadline.web.operations;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonException;

import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Listens to Liberty's batch events on {@code jms/crm/BatchEventsTopic} (activation spec
 * {@code jms/crm/BatchEventsActivationSpec}: a non-durable wildcard subscription to every topic under the batch topic
 * root) and hands each one, with the topic it came on, to {@link JobsPush}. No transaction: nothing is written, and a
 * lost event is made up by the next one, since the page re-reads everything it shows.
 */
@MessageDriven(name = "BatchEventsMDB")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchEventsMDB implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BatchEventsMDB.class.getName());

    @Inject
    JobsPush push;

    @Override
    public void onMessage(Message message) {
        try {
            String topic = ((Topic) message.getJMSDestination()).getTopicName();
            push.announce(topic, Json.createReader(new StringReader(message.getBody(String.class))).readObject());
        } catch (JMSException | JsonException | ClassCastException e) {
            LOG.warning("Ignored a batch event the jobs page cannot read: " + e);
        }
    }
}
