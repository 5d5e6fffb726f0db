package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An ERP outside the JVM (SAP PI/PO, .NET, Python) on the Artemis broker: it puts a canonical message on the inbound
 * queue's address over STOMP and subscribes to the events topic's address with a selector, from the test JVM, not from
 * inside Liberty. Runs in the -Partemis run only: the embedded engine speaks no STOMP.
 */
@RunAsClient
class ErpOverStompIT extends ContainerTest {

    private int port;

    @BeforeEach
    void broker() {
        assumeTrue("artemis".equals(System.getProperty("it.jms")),
                "talks STOMP to an Artemis broker; this run uses Liberty's embedded messaging engine");
        port = Integer.parseInt(System.getProperty("it.artemis.port"));
    }

    @Test
    void aStoreMessageSentOverStompLandsOnTheTimelineAndItsEventReachesTheSubscriber() throws Exception {
        String customerNumber = "C-" + Messages.unique();
        String externalId = "POS-" + Messages.unique();
        String text = "Returned 1 x Trail Jacket M at the Milan store; refund issued to card.";
        try (StompClient erp = StompClient.connect(port, "threadline", "threadline")) {
            erp.subscribe("Threadline.Events", "eventType = 'message.received'");

            erp.sendText("Threadline.Inbound", Messages.canonical("IN_STORE", externalId, customerNumber, "Helen Park", text,
                    "2026-11-23T14:05:00Z"));

            Timeline timeline = new Timeline(Api.as(base, "alice"));
            JsonObject customer = timeline.customerWith(customerNumber);
            long id = customer.getJsonNumber("id").longValue();
            JsonObject entry = timeline.entryWithText(id, text);
            assertEquals("IN_STORE", entry.getString("channel"));
            assertEquals("2026-11-23T14:05:00Z", entry.getString("occurredAt"));

            StompClient.Frame event = erp.receive(Duration.ofSeconds(30), body -> body.contains(externalId))
                    .orElseThrow(() -> new AssertionError("no message.received event for " + externalId + " within 30 s"));
            assertEquals("message.received", event.headers().get("eventType"));
            JsonObject envelope = Json.createReader(new StringReader(event.body())).readObject();
            assertEquals("message.received", envelope.getString("type"));
            assertEquals(id, envelope.getJsonObject("data").getJsonNumber("customerId").longValue());
            assertEquals("IN_STORE", envelope.getJsonObject("data").getString("channel"));
        }
    }
}
