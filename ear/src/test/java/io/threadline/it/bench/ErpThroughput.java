package io.threadline.it.bench;

import io.threadline.it.ErpMessages;
import io.threadline.it.Messages;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ERP messages through jms/crm/ErpQueue: {@code order.upsert} with 3 lines for {@value #CUSTOMERS} known customers,
 * every fifth one an update of an earlier order (a later status). Latency: from the JMS send to the message's receipt
 * being written (applied); throughput: all messages from the first send to the last applied.
 */
final class ErpThroughput {

    static final int CUSTOMERS = 50;

    private final int messages;

    ErpThroughput(int messages) {
        this.messages = messages;
    }

    LatencyStats run() throws Exception {
        String run = "bench-erp-" + Messages.unique();
        ConnectionFactory factory = lookup("jms/crm/ConnectionFactory");
        Queue erp = lookup("jms/crm/ErpQueue");
        DataSource db = lookup("jdbc/threadline");
        List<String> customers = new ArrayList<>();
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int c = 0; c < CUSTOMERS; c++) {
                String number = "B-" + run + "-" + c;
                customers.add(number);
                producer.send(erp, ErpMessages.envelope("customer.upsert", run + "-c" + c, "2026-11-01T00:00:00Z",
                        Json.createObjectBuilder().add("customerNumber", number).add("firstName", "Bench")
                                .add("lastName", "Customer " + c).build()));
            }
        }
        awaitApplied(db, run + "-c%", CUSTOMERS, "customers");

        Instant first = Instant.now();
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < messages; i++) {
                boolean update = i % 5 == 4;
                int order = update ? i - 3 : i;
                JsonObject data = ErpMessages.order("SO-" + run + "-" + order, customers.get(order % CUSTOMERS),
                        update ? "shipped" : "placed", "2026-11-20T10:00:00Z", "EUR", 3, "19.90");
                producer.send(erp, ErpMessages.envelope("order.upsert", run + "-o" + i,
                        update ? "2026-11-21T10:00:00Z" : "2026-11-20T10:00:00Z", data));
            }
        }
        awaitApplied(db, run + "-o%", messages, "orders");
        long[] latencies = new long[messages];
        Instant last = first;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT RECEIVED_AT, APPLIED_AT FROM ERP_MESSAGE_RECEIPT WHERE MESSAGE_ID LIKE ?")) {
            s.setString(1, run + "-o%");
            try (ResultSet rs = s.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    Instant applied = rs.getTimestamp(2).toInstant();
                    latencies[i++] = Duration.between(rs.getTimestamp(1).toInstant(), applied).toMillis();
                    if (applied.isAfter(last)) {
                        last = applied;
                    }
                }
            }
        }
        return LatencyStats.of("ERP order.upsert (3 lines, 20% updates) → applied", latencies,
                Duration.between(first, last).toNanos() / 1e9);
    }

    private static void awaitApplied(DataSource db, String idPattern, int expected, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        int applied;
        while ((applied = count(db, idPattern)) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("ERP " + what + ": only " + applied + " of " + expected + " messages applied");
            }
            Thread.sleep(250);
        }
    }

    private static int count(DataSource db, String idPattern) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ERP_MESSAGE_RECEIPT WHERE MESSAGE_ID LIKE ?")) {
            s.setString(1, idPattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) throws Exception {
        return (T) new InitialContext().lookup(name);
    }
}
