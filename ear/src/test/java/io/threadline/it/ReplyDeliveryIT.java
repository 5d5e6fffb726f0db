package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An agent answers on SMS or WhatsApp: the reply is PENDING on the timeline, goes out through Twilio's
 * Messages API (a local server speaking its documented format) and shows SENT, or FAILED with Twilio's reason.
 */
class ReplyDeliveryIT extends ContainerTest {

    private Api alice;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        timeline = new Timeline(alice);
    }

    @Test
    void anSmsReplyIsSentThroughTwilioExactlyAsItsApiExpects() {
        try (FakeTwilio twilio = new FakeTwilio().then(201, "{\"sid\": \"SMa1b2c3\", \"status\": \"queued\"}")) {
            Conversation c = conversationWithSms();
            JsonObject queued = reply(c.id, "SMS", "Your label is on its way, {{ok}} & thanks!");

            JsonObject entry = deliveredEntry(c.customer, queued.getJsonNumber("entryId").longValue(), "SENT");
            assertEquals("OUTBOUND", entry.getString("direction"));
            assertEquals("alice", entry.getString("author"));
            assertEquals("SMa1b2c3", entry.getString("externalId"));
            assertEquals(1, twilio.requests().size());
            FakeTwilio.Request request = twilio.requests().get(0);
            assertEquals("POST", request.method());
            assertEquals("/2010-04-01/Accounts/AC0it/Messages.json", request.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("AC0it:it-twilio-auth-token".getBytes(StandardCharsets.UTF_8)),
                    request.authorization());
            assertEquals(Map.of("To", c.phone, "From", "+14155550199", "Body", "Your label is on its way, {{ok}} & thanks!"),
                    request.form());
        }
    }

    @Test
    void aWhatsAppReplyUsesWhatsAppAddressesAndAnOutageIsRetried() {
        try (FakeTwilio twilio = new FakeTwilio()
                .then(503, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 503}")) {
            Conversation c = conversationWithSms();
            JsonObject queued = reply(c.id, "WHATSAPP", "Here is the link to track it");

            deliveredEntry(c.customer, queued.getJsonNumber("entryId").longValue(), "SENT");
            assertEquals(2, twilio.requests().size(), "one retry after the 503");
            assertEquals("whatsapp:" + c.phone, twilio.requests().get(1).form().get("To"));
            assertEquals("whatsapp:+14155550199", twilio.requests().get(1).form().get("From"));
        }
    }

    @Test
    void aReplyTwilioRefusesIsMarkedFailedWithItsReasonAndNotRetried() {
        try (FakeTwilio twilio = new FakeTwilio().then(400, """
                {"code": 21211, "message": "The 'To' number +1415 is not a valid phone number.",
                 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""")) {
            Conversation c = conversationWithSms();
            JsonObject queued = reply(c.id, "SMS", "Hello?");

            JsonObject entry = deliveredEntry(c.customer, queued.getJsonNumber("entryId").longValue(), "FAILED");
            assertEquals("Twilio answered 400: The 'To' number +1415 is not a valid phone number. (error 21211)",
                    entry.getString("deliveryDetail"));
            assertEquals(1, twilio.requests().size(), "a refusal is final");
        }
    }

    @Test
    void badRepliesAreRefusedBeforeAnythingIsStored() {
        Conversation c = conversationWithSms();
        Api.Reply email = alice.post("/api/v1/conversations/" + c.id + "/replies", "{\"channel\": \"EMAIL\", \"text\": \"hi\"}");
        assertEquals(400, email.status());
        assertEquals("channel", email.object().getString("field"), "no email address on file");
        Api.Reply call = alice.post("/api/v1/conversations/" + c.id + "/replies", "{\"channel\": \"PHONE\", \"text\": \"hi\"}");
        assertEquals(400, call.status());
        assertEquals("channel", call.object().getString("field"), "no written replies on a phone line");
        Api.Reply empty = alice.post("/api/v1/conversations/" + c.id + "/replies", "{\"channel\": \"SMS\", \"text\": \"  \"}");
        assertEquals("text", empty.object().getString("field"));
        assertEquals(404, alice.post("/api/v1/conversations/999999999/replies", "{\"channel\": \"SMS\", \"text\": \"hi\"}").status());
        assertEquals(403, Api.as(base, "erp").post("/api/v1/conversations/" + c.id + "/replies", "{\"channel\": \"SMS\", \"text\": \"hi\"}").status());
        assertEquals(1, timeline.entriesOf(c.customer).size(), "only the customer's own message");
    }

    private record Conversation(long id, long customer, String phone) {
    }

    private Conversation conversationWithSms() {
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), phone, null,
                "Where is my return label?", null));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        JsonObject message = timeline.entryWithText(customer, "Where is my return label?");
        return new Conversation(message.getJsonNumber("conversationId").longValue(), customer, phone);
    }

    private JsonObject reply(long conversation, String channel, String text) {
        Api.Reply reply = alice.post("/api/v1/conversations/" + conversation + "/replies",
                "{\"channel\": \"" + channel + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}");
        assertEquals(202, reply.status(), reply.body());
        assertEquals("PENDING", reply.object().getString("deliveryStatus"));
        return reply.object();
    }

    private JsonObject deliveredEntry(long customer, long entryId, String status) {
        return Eventually.get("reply " + entryId + " " + status, Duration.ofSeconds(30), () ->
                timeline.entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                        .filter(e -> status.equals(e.getString("deliveryStatus", null))).findFirst());
    }
}
