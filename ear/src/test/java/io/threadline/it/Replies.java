package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An agent's side of a conversation in tests: a customer writes first, the agent replies, the reply's fate is awaited. */
final class Replies {

    /** A conversation a customer opened by writing from {@code handle}, with the id of that first message. */
    record Conversation(long id, long customer, String handle, long firstEntry) {
    }

    private final URL base;
    private final Api agent;
    private final Timeline timeline;

    Replies(URL base, Api agent) {
        this.base = base;
        this.agent = agent;
        this.timeline = new Timeline(agent);
    }

    /** The customer writes on the channel from the handle, at {@code sentAt} (ISO-8601) or now when null. */
    Conversation startedOn(String channel, String handle, String sentAt) {
        String text = "Where is my return label? " + Messages.unique();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical(channel, "in-" + Messages.unique(), handle, null,
                text, sentAt));
        long customer = timeline.customerWith(handle).getJsonNumber("id").longValue();
        JsonObject message = timeline.entryWithText(customer, text);
        return new Conversation(message.getJsonNumber("conversationId").longValue(), customer, handle,
                message.getJsonNumber("id").longValue());
    }

    /** The agent's reply, accepted (202) and PENDING. */
    JsonObject reply(long conversation, String channel, String text) {
        Api.Reply reply = agent.post("/api/v1/conversations/" + conversation + "/replies",
                Json.createObjectBuilder().add("channel", channel).add("text", text).build().toString());
        assertEquals(202, reply.status(), reply.body());
        assertEquals("PENDING", reply.object().getString("deliveryStatus"));
        return reply.object();
    }

    /** The reply's timeline entry once it has reached the status. */
    JsonObject entryWhen(long customer, long entryId, String status) {
        return Eventually.get("reply " + entryId + " " + status, Duration.ofSeconds(30), () ->
                timeline.entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                        .filter(e -> status.equals(e.getString("deliveryStatus", null))).findFirst());
    }
}
