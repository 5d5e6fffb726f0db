package io.threadline.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;

/** What an ERP system does on the server's JMS destinations (looked up by their documented JNDI names). */
public final class Jms {

    private Jms() {
    }

    public static void sendToInbound(String body) {
        send("jms/crm/InboundQueue", body);
    }

    public static void sendToOutbound(String body) {
        send("jms/crm/OutboundQueue", body);
    }

    public static void sendToErp(String body) {
        send("jms/crm/ErpQueue", body);
    }

    private static void send(String queue, String body) {
        try (JMSContext jms = factory().createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send((Queue) lookup(queue), body);
        }
    }

    /**
     * Takes the message whose body contains {@code marker} off the ERP exception destination, waiting up to
     * {@code wait}; null when none comes. Other dead letters met on the way are taken too.
     */
    public static Message takeErpDeadLetter(String marker, Duration wait) {
        try (JMSContext jms = factory().createContext();
             JMSConsumer consumer = jms.createConsumer((Queue) lookup("jms/crm/ErpExceptionQueue"))) {
            long until = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < until) {
                Message message = consumer.receive(1_000);
                if (message != null && message.getBody(String.class) != null && message.getBody(String.class).contains(marker)) {
                    return message;
                }
            }
            return null;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes to the events topic before the action under test; the caller closes the context. */
    public static JMSContext context() {
        return factory().createContext();
    }

    public static JMSConsumer subscribe(JMSContext jms, String eventType) {
        return jms.createConsumer(eventsTopic(), "eventType = '" + eventType + "'");
    }

    /** Every event, of whatever type. */
    public static JMSConsumer subscribeToAll(JMSContext jms) {
        return jms.createConsumer(eventsTopic());
    }

    /** Every batch event Liberty publishes, on whatever topic under the batch topic root. */
    public static JMSConsumer subscribeToBatchEvents(JMSContext jms) {
        return jms.createConsumer((Topic) lookup("jms/crm/BatchEventsTopic"));
    }

    private static Topic eventsTopic() {
        return (Topic) lookup("jms/crm/EventsTopic");
    }

    private static ConnectionFactory factory() {
        return (ConnectionFactory) lookup("jms/crm/ConnectionFactory");
    }

    static Object lookup(String name) {
        try {
            return new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot look up " + name, e);
        }
    }
}
