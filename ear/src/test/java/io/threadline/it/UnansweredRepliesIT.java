package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reply whose send got no answer reaches the customer once. The provider accepts the message but answers after
 * the test server's 1 s request timeout, so Threadline cannot know it took: the reply stays PENDING, is not sent
 * again by a second queue message, and is settled after crm.replies.confirm-after (5 s on the test server) by asking
 * Twilio's list of messages, or earlier by a status report that names the reply. Meta cannot be asked: its webhook
 * confirms the reply, or an admin decides.
 */
class UnansweredRepliesIT extends ContainerTest {

    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final String TIMED_OUT = "Twilio did not answer within 1 s; it may have accepted the message";

    private Replies replies;
    private ProviderReports reports;

    @BeforeEach
    void clients() {
        replies = new Replies(base, Api.as(base, "alice"));
        reports = new ProviderReports(base);
    }

    @Test
    void aSendWhoseAnswerWasLostIsFoundAtTwilioAndNotSentAgain() {
        String sid = "SMslow" + Messages.unique();
        try (FakeProvider twilio = FakeProvider.twilio().thenAfter(SLOW, 201, "{\"sid\": \"" + sid + "\", \"status\": \"queued\"}")) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            Sent reply = sentReply(c, "SMS", "Sorry for the delay");
            reply.firstSendTo(twilio);
            Jms.sendToOutbound("{\"entryId\": " + reply.id() + "}");

            assertEquals(TIMED_OUT, pendingWithDetail(c, reply).getString("deliveryDetail"));
            JsonObject sent = replies.entryWhen(c.customer(), reply.id(), "SENT");
            assertEquals(sid, sent.getString("externalId"), "the message Twilio took, found in its list");
            assertEquals(1, reply.sendsTo(twilio).size(), "sent once, though queued twice and unanswered");
            assertTrue(twilio.requests().stream().anyMatch(r -> r.method().equals("GET")
                    && r.path().endsWith("/Messages.json") && r.query().contains("To=" + c.handle().replace("+", "%2B"))),
                    "Twilio's list of messages to the customer was asked");
        }
    }

    @Test
    void aSendTwilioNeverTookIsSentAgainOnceTwilioSaysItHasNone() {
        try (FakeProvider twilio = FakeProvider.twilio().thenAfter(SLOW, 500, "{\"code\": 20500, \"message\": \"Internal Server Error\"}")) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            Sent reply = sentReply(c, "SMS", "Your label is attached");

            pendingWithDetail(c, reply);
            JsonObject sent = replies.entryWhen(c.customer(), reply.id(), "SENT");
            assertEquals(2, reply.sendsTo(twilio).size(), "the first send never took, so it went again");
            assertTrue(sent.getString("externalId").startsWith("SM"));
        }
    }

    @Test
    void aStatusCallbackNamingTheReplyConfirmsItBeforeTwilioIsAsked() throws InterruptedException {
        String sid = "SMcb" + Messages.unique();
        try (FakeProvider twilio = FakeProvider.twilio().thenAfter(SLOW, 201, "{\"sid\": \"" + sid + "\", \"status\": \"queued\"}")) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            Sent reply = sentReply(c, "SMS", "We have your parcel");
            assertEquals(ProviderReports.TWILIO_STATUS_URL + "?reply=" + reply.id(),
                    reply.firstSendTo(twilio).form().get("StatusCallback"));
            pendingWithDetail(c, reply);

            assertEquals(204, reports.twilioStatusOfReply(reply.id(), sid, "queued", c.handle()).status());
            assertEquals(sid, replies.entryWhen(c.customer(), reply.id(), "SENT").getString("externalId"));
            assertEquals(204, reports.twilioStatusOfReply(reply.id(), sid, "delivered", c.handle()).status());
            replies.entryWhen(c.customer(), reply.id(), "DELIVERED");

            Thread.sleep(6_000);
            assertEquals(1, reply.sendsTo(twilio).size());
            assertTrue(twilio.requests().stream().noneMatch(r -> r.method().equals("GET")
                            && r.query().contains("To=" + c.handle().replace("+", "%2B"))),
                    "a confirmed reply is not looked for in Twilio's list");
        }
    }

    @Test
    void aCallbackThatNamesAReplyIsSignedOverTheUrlWithTheReply() {
        Api anonymous = Api.as(base, null);
        Map<String, String> form = ProviderReports.twilioForm("SM" + Messages.unique(), "sent", null, "+14155550142");
        Api.Reply unsigned = anonymous.postForm(ProviderReports.TWILIO_STATUS + "?reply=1", form, Map.of("X-Twilio-Signature",
                ProviderReports.twilioSignature(ProviderReports.TWILIO_STATUS_URL, form)));
        assertEquals(403, unsigned.status(), "signed without the reply parameter");
        Api.Reply odd = anonymous.postForm(ProviderReports.TWILIO_STATUS + "?reply=abc", form, Map.of());
        assertEquals(400, odd.status());
        assertEquals("reply", odd.object().getString("field"));
    }

    @Test
    void metaConfirmsLostSendsInItsWebhookWithTheRepliesId() {
        String wamid = "wamid.HBgLost" + Messages.unique();
        String mid = "m_lost" + Messages.unique();
        try (FakeProvider meta = FakeProvider.meta()
                .thenAfter(SLOW, 200, "{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"" + wamid + "\"}]}")
                .thenAfter(SLOW, 200, "{\"recipient_id\": \"x\", \"message_id\": \"" + mid + "\"}")) {
            Replies.Conversation whatsApp = replies.startedOn("WHATSAPP", Messages.uniquePhone(), null);
            Sent onWhatsApp = sentReply(whatsApp, "WHATSAPP", "Your table is booked");
            assertEquals("threadline-reply:" + onWhatsApp.id(),
                    onWhatsApp.firstSendTo(meta).json().getString("biz_opaque_callback_data"));
            pendingWithDetail(whatsApp, onWhatsApp);
            assertEquals(200, reports.meta(ProviderReports.whatsAppStatuses("""
                    {"id": "%s", "status": "delivered", "timestamp": "1763900200", "recipient_id": "%s",
                     "biz_opaque_callback_data": "threadline-reply:%d"}
                    """.formatted(wamid, whatsApp.handle().substring(1), onWhatsApp.id()))).status());
            assertEquals(wamid, replies.entryWhen(whatsApp.customer(), onWhatsApp.id(), "DELIVERED").getString("externalId"));

            Replies.Conversation messenger = replies.startedOn("FACEBOOK", "psid-" + Messages.unique(), null);
            Sent onMessenger = sentReply(messenger, "FACEBOOK", "See you on Friday");
            pendingWithDetail(messenger, onMessenger);
            long now = Instant.now().toEpochMilli();
            assertEquals(200, reports.meta("""
                    {"object": "page", "entry": [{"id": "1094452873", "time": %2$d, "messaging": [
                      {"sender": {"id": "1094452873"}, "recipient": {"id": "%1$s"}, "timestamp": %2$d,
                       "message": {"is_echo": true, "app_id": 1517776481860111, "metadata": "threadline-reply:%3$d",
                                   "mid": "%4$s", "text": "See you on Friday"}}]}]}
                    """.formatted(messenger.handle(), now, onMessenger.id(), mid)).status());
            assertEquals(mid, replies.entryWhen(messenger.customer(), onMessenger.id(), "SENT").getString("externalId"));
            assertEquals(1, onWhatsApp.sendsTo(meta).size());
            assertEquals(1, onMessenger.sendsTo(meta).size());
        }
    }

    @Test
    void aLostSendMetaNeverConfirmsWaitsForTheAdminWhoSendsItAgain() {
        Api ada = Api.as(base, "ada");
        try (FakeProvider meta = FakeProvider.meta()
                .thenAfter(SLOW, 200, "{\"recipient_id\": \"x\", \"message_id\": \"m_never" + Messages.unique() + "\"}")) {
            Replies.Conversation c = replies.startedOn("INSTAGRAM", "igsid-" + Messages.unique(), null);
            Sent reply = sentReply(c, "INSTAGRAM", "Your size is back in stock");

            JsonObject stuck = Eventually.get("the reply waiting for the admin", Duration.ofSeconds(30), () ->
                    ada.get("/api/v1/admin/stuck-replies").array().getValuesAs(JsonObject.class).stream()
                            .filter(r -> r.getJsonNumber("entryId").longValue() == reply.id())
                            .filter(r -> r.getString("detail", "").startsWith("Meta did not answer in time")).findFirst());
            assertTrue(stuck.containsKey("attemptedAt"), stuck.toString());
            assertEquals(1, reply.sendsTo(meta).size(), "Meta is not sent the reply again by itself");

            assertEquals(202, ada.post("/api/v1/admin/stuck-replies/" + reply.id() + "/send", "").status());
            replies.entryWhen(c.customer(), reply.id(), "SENT");
            assertEquals(2, reply.sendsTo(meta).size());
        }
    }

    /** The agent's reply, with a token of its own in the text: a test counts only its own sends. */
    private Sent sentReply(Replies.Conversation c, String channel, String text) {
        String token = Messages.unique();
        return new Sent(replies.reply(c.id(), channel, text + " " + token).getJsonNumber("entryId").longValue(), token);
    }

    private record Sent(long id, String token) {

        List<FakeProvider.Request> sendsTo(FakeProvider provider) {
            return provider.sends().stream().filter(r -> r.body().contains(token)).toList();
        }

        /** Once the send has reached the provider. */
        FakeProvider.Request firstSendTo(FakeProvider provider) {
            return Eventually.get("the send reaching the provider", Duration.ofSeconds(10),
                    () -> sendsTo(provider).stream().findFirst());
        }
    }

    /** The reply once its send has timed out: still PENDING, saying why. */
    private JsonObject pendingWithDetail(Replies.Conversation c, Sent reply) {
        return Eventually.get("reply " + reply.id() + " pending with the reason", Duration.ofSeconds(15), () ->
                new Timeline(Api.as(base, "alice")).entriesOf(c.customer()).stream()
                        .filter(e -> e.getJsonNumber("id").longValue() == reply.id())
                        .filter(e -> "PENDING".equals(e.getString("deliveryStatus", null)) && e.containsKey("deliveryDetail")
                                && !e.isNull("deliveryDetail")).findFirst());
    }
}
