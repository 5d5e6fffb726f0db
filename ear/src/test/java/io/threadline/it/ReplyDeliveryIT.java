package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent answers on SMS: the reply is PENDING on the timeline, goes out through Twilio's Messages API (a local
 * server speaking its documented format) and shows SENT, or FAILED with Twilio's reason; a FAILED reply can be sent
 * again. WhatsApp's window is checked before anything is queued.
 */
class ReplyDeliveryIT extends ContainerTest {

    private Api alice;
    private Timeline timeline;
    private Replies replies;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        timeline = new Timeline(alice);
        replies = new Replies(base, alice);
    }

    @Test
    void anSmsReplyIsSentThroughTwilioExactlyAsItsApiExpects() {
        String sid = "SMa1b2c3" + Messages.unique();
        try (FakeProvider twilio = FakeProvider.twilio().then(201, "{\"sid\": \"" + sid + "\", \"status\": \"queued\"}")) {
            Replies.Conversation c = conversationWithSms();
            JsonObject queued = replies.reply(c.id(), "SMS", "Your label is on its way, {{ok}} & thanks!");

            JsonObject entry = replies.entryWhen(c.customer(), queued.getJsonNumber("entryId").longValue(), "SENT");
            assertEquals("OUTBOUND", entry.getString("direction"));
            assertEquals("alice", entry.getString("author"));
            assertEquals(sid, entry.getString("externalId"));
            assertEquals(1, twilio.requests().size());
            FakeProvider.Request request = twilio.requests().get(0);
            assertEquals("POST", request.method());
            assertEquals("/2010-04-01/Accounts/AC0it/Messages.json", request.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("AC0it:it-twilio-auth-token".getBytes(StandardCharsets.UTF_8)),
                    request.authorization());
            assertEquals(Map.of("To", c.handle(), "From", "+14155550199", "Body", "Your label is on its way, {{ok}} & thanks!",
                            "StatusCallback", "https://crm.example.com/api/v1/channels/twilio/status?reply=" + queued.getJsonNumber("entryId")),
                    request.form());
        }
    }

    @Test
    void repliesPostedAtOnceInOneConversationEachReachTwilioOnceOrAreRefusedWhole() throws Exception {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Replies.Conversation c = conversationWithSms();
            String run = Messages.unique();
            ExecutorService agents = Executors.newFixedThreadPool(8);
            List<Future<Api.Reply>> posted = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String json = "{\"channel\": \"SMS\", \"text\": \"Update " + i + " of " + run + "\"}";
                posted.add(agents.submit(() -> alice.post("/api/v1/conversations/" + c.id() + "/replies", json)));
            }
            List<Long> accepted = new ArrayList<>();
            for (Future<Api.Reply> answer : posted) {
                Api.Reply reply = answer.get();
                if (reply.status() == 202) {
                    accepted.add(reply.object().getJsonNumber("entryId").longValue());
                } else {
                    assertEquals(409, reply.status(), reply.body());
                    assertEquals("Someone else changed the same record at the same moment; nothing was saved. Try again.",
                            reply.object().getString("message"));
                }
            }
            agents.shutdown();
            assertTrue(!accepted.isEmpty(), "some replies were accepted");
            for (long entryId : accepted) {
                replies.entryWhen(c.customer(), entryId, "SENT");
            }

            Map<String, Long> sends = twilio.sends().stream().map(r -> r.form().get("Body"))
                    .filter(b -> b.endsWith(" of " + run)).collect(Collectors.groupingBy(b -> b, Collectors.counting()));
            assertEquals(accepted.size(), sends.size(), "every accepted reply reached Twilio: " + sends.keySet());
            assertEquals(Set.of(1L), Set.copyOf(sends.values()), "each once");
            assertEquals(accepted.size(), timeline.entriesOf(c.customer()).stream()
                    .filter(e -> e.getString("text", "").endsWith(" of " + run)).count(), "a refused reply left nothing");
        }
    }

    @Test
    void aTwilioOutageIsRetried() {
        try (FakeProvider twilio = FakeProvider.twilio()
                .then(503, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 503}")) {
            Replies.Conversation c = conversationWithSms();
            JsonObject queued = replies.reply(c.id(), "SMS", "Here is the link to track it");

            replies.entryWhen(c.customer(), queued.getJsonNumber("entryId").longValue(), "SENT");
            assertEquals(2, twilio.requests().size(), "one retry after the 503");
            assertEquals(twilio.requests().get(0).body(), twilio.requests().get(1).body());
        }
    }

    @Test
    void aReplyTwilioRefusesIsMarkedFailedWithItsReasonAndNotRetried() {
        try (FakeProvider twilio = FakeProvider.twilio().then(400, """
                {"code": 21211, "message": "The 'To' number +1415 is not a valid phone number.",
                 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""")) {
            Replies.Conversation c = conversationWithSms();
            JsonObject queued = replies.reply(c.id(), "SMS", "Hello?");

            JsonObject entry = replies.entryWhen(c.customer(), queued.getJsonNumber("entryId").longValue(), "FAILED");
            assertEquals("Twilio answered 400: The 'To' number +1415 is not a valid phone number. (error 21211)",
                    entry.getString("deliveryDetail"));
            assertEquals(1, twilio.requests().size(), "a refusal is final");
        }
    }

    @Test
    void aFailedReplyCanBeSentAgainAndOnlyAFailedOne() {
        try (FakeProvider twilio = FakeProvider.twilio().then(400, """
                {"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400}""")) {
            Replies.Conversation c = conversationWithSms();
            long entryId = replies.reply(c.id(), "SMS", "Your refund is approved").getJsonNumber("entryId").longValue();
            replies.entryWhen(c.customer(), entryId, "FAILED");

            Api.Reply retried = alice.post("/api/v1/conversations/" + c.id() + "/replies/" + entryId + "/retry", "");
            assertEquals(202, retried.status(), retried.body());
            assertEquals("PENDING", retried.object().getString("deliveryStatus"));
            JsonObject entry = replies.entryWhen(c.customer(), entryId, "SENT");
            assertEquals("Your refund is approved", entry.getString("text"));
            assertEquals(2, twilio.requests().size());
            assertEquals(twilio.requests().get(0).form(), twilio.requests().get(1).form(), "the same message again");

            Api.Reply again = alice.post("/api/v1/conversations/" + c.id() + "/replies/" + entryId + "/retry", "");
            assertEquals(409, again.status());
            assertEquals("Only a FAILED reply can be sent again; reply " + entryId + " is SENT", again.object().getString("message"));
            assertEquals(404, alice.post("/api/v1/conversations/" + c.id() + "/replies/" + c.firstEntry() + "/retry", "").status(),
                    "the customer's own message is not a reply");
            assertEquals(2, timeline.entriesOf(c.customer()).size(), "the retry reused the reply's entry");
        }
    }

    @Test
    void whatsAppFreeTextIsRefusedOutsideTheCustomersTwentyFourHourWindow() {
        Replies.Conversation c = replies.startedOn("WHATSAPP", Messages.uniquePhone(), Instant.now().minus(Duration.ofHours(25)).toString());
        Api.Reply late = alice.post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"WHATSAPP\", \"text\": \"Still there?\"}");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.object().getString("message").startsWith(
                "WhatsApp allows a free-text reply only within 24 hours of the customer's last WhatsApp message"), late.body());
        assertTrue(late.object().getString("message").contains("so the window closed at "), late.body());

        Replies.Conversation smsOnly = conversationWithSms();
        Api.Reply never = alice.post("/api/v1/conversations/" + smsOnly.id() + "/replies", "{\"channel\": \"WHATSAPP\", \"text\": \"Hi\"}");
        assertEquals(409, never.status());
        assertTrue(never.object().getString("message").contains("has not written on WhatsApp"), never.body());
        assertEquals(1, timeline.entriesOf(c.customer()).size(), "nothing stored");
        assertEquals(1, timeline.entriesOf(smsOnly.customer()).size(), "nothing stored");
    }

    @Test
    void badRepliesAreRefusedBeforeAnythingIsStored() {
        Replies.Conversation c = conversationWithSms();
        Api.Reply email = alice.post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"EMAIL\", \"text\": \"hi\"}");
        assertEquals(400, email.status());
        assertEquals("channel", email.object().getString("field"), "no email address on file");
        Api.Reply call = alice.post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"PHONE\", \"text\": \"hi\"}");
        assertEquals(400, call.status());
        assertEquals("channel", call.object().getString("field"), "no written replies on a phone line");
        Api.Reply empty = alice.post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"SMS\", \"text\": \"  \"}");
        assertEquals("text", empty.object().getString("field"));
        assertEquals(404, alice.post("/api/v1/conversations/999999999/replies", "{\"channel\": \"SMS\", \"text\": \"hi\"}").status());
        assertEquals(403, Api.as(base, "erp").post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"SMS\", \"text\": \"hi\"}").status());
        assertEquals(1, timeline.entriesOf(c.customer()).size(), "only the customer's own message");
    }

    private Replies.Conversation conversationWithSms() {
        return replies.startedOn("SMS", Messages.uniquePhone(), null);
    }
}
