package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reply announces itself on the events topic when it is queued and when its delivery status moves. */
class ReplyEventsIT extends ContainerTest {

    @Test
    void aReplyPublishesReplyQueuedThenReplyStatusNamingItsCustomer() throws Exception {
        Api alice = Api.as(base, "alice");
        Replies.Conversation c = new Replies(base, alice).startedOn("SMS", Messages.uniquePhone(), null);
        try (FakeProvider twilio = FakeProvider.twilio(); JMSContext jms = Jms.context()) {
            JMSConsumer queued = Jms.subscribe(jms, "reply.queued");
            JMSConsumer status = Jms.subscribe(jms, "reply.status");
            long entryId = new Replies(base, alice).reply(c.id(), "SMS", "Your label is on its way").getJsonNumber("entryId").longValue();

            JsonObject queuedData = dataOfEventFor(queued, entryId);
            assertEquals(c.id(), queuedData.getJsonNumber("conversationId").longValue());
            assertEquals(c.customer(), queuedData.getJsonNumber("customerId").longValue());
            assertEquals("alice", queuedData.getString("author"));
            assertEquals("SMS", queuedData.getString("channel"));

            JsonObject statusData = dataOfEventFor(status, entryId);
            assertEquals(c.customer(), statusData.getJsonNumber("customerId").longValue());
            assertEquals("SENT", statusData.getString("deliveryStatus"));
        }
    }

    /** The data of the first event about this timeline entry (events of other replies may come first). */
    private static JsonObject dataOfEventFor(JMSConsumer consumer, long entryId) throws Exception {
        for (Message m = consumer.receive(30_000); m != null; m = consumer.receive(30_000)) {
            JsonObject data = Json.createReader(new StringReader(m.getBody(String.class))).readObject().getJsonObject("data");
            if (data.getJsonNumber("entryId").longValue() == entryId) {
                return data;
            }
        }
        throw new AssertionError("no event about entry " + entryId + " within 30 s");
    }
}
