package io.threadline.it;

import io.threadline.channel.meta.MetaSignature;
import io.threadline.channel.twilio.TwilioSignature;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Providers report what became of the replies Threadline sent: Twilio's status callback, WhatsApp's statuses and
 * Messenger's and Instagram's delivery and read events move the reply on the timeline to DELIVERED, READ or
 * FAILED with the provider's reason, never backwards, even when a report overtakes the reply's own recording.
 */
class DeliveryReportsIT extends ContainerTest {

    private static final String TWILIO_STATUS = "/api/v1/channels/twilio/status";
    /** The public URL the test server asks Twilio to call back (crm.channels.twilio.status-callback-url). */
    private static final String TWILIO_STATUS_URL = "https://crm.example.com" + TWILIO_STATUS;
    private static final TwilioSignature TWILIO = new TwilioSignature("it-twilio-auth-token");
    private static final MetaSignature META = new MetaSignature("it-meta-app-secret");

    private Api anonymous;
    private Replies replies;

    @BeforeEach
    void clients() {
        anonymous = Api.as(base, null);
        replies = new Replies(base, Api.as(base, "alice"));
    }

    @Test
    void twilioStatusCallbacksMoveAnSmsReplyForwardAndReportFailuresWithTheErrorCode() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            long delivered = sentReply(c, "SMS", "Your parcel is at the depot");
            String sid = replies.entryWhen(c.customer(), delivered, "SENT").getString("externalId");
            assertEquals(TWILIO_STATUS_URL, twilio.requests().get(0).form().get("StatusCallback"));

            assertEquals(204, twilioStatus(sid, "delivered", null, c.handle()).status());
            replies.entryWhen(c.customer(), delivered, "DELIVERED");
            assertEquals(204, twilioStatus(sid, "sent", null, c.handle()).status(), "a late report is accepted");
            assertEquals(204, twilioStatus(sid, "sending", null, c.handle()).status());
            replies.entryWhen(c.customer(), delivered, "DELIVERED");

            long lost = sentReply(c, "SMS", "Are you there?");
            String lostSid = replies.entryWhen(c.customer(), lost, "SENT").getString("externalId");
            twilioStatus(lostSid, "undelivered", "30003", c.handle());
            assertEquals("Twilio reported the message undelivered (error 30003)",
                    replies.entryWhen(c.customer(), lost, "FAILED").getString("deliveryDetail"));
        }
    }

    @Test
    void aTwilioStatusCallbackMustBeSignedAndWellFormed() {
        Map<String, String> report = twilioForm("SM" + Messages.unique(), "delivered", null, "+14155550142");
        assertEquals(403, anonymous.postForm(TWILIO_STATUS, report, Map.of("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")).status());
        Map<String, String> odd = twilioForm("SM" + Messages.unique(), "teleported", null, "+14155550142");
        Api.Reply refused = anonymous.postForm(TWILIO_STATUS, odd, Map.of("X-Twilio-Signature", TWILIO.sign(TWILIO_STATUS_URL, multi(odd))));
        assertEquals(400, refused.status());
        assertEquals("MessageStatus", refused.object().getString("field"));
    }

    @Test
    void whatsAppStatusesReportDeliveryReadingAndFailureWithMetasReason() {
        try (FakeProvider meta = FakeProvider.meta()) {
            Replies.Conversation c = replies.startedOn("WHATSAPP", Messages.uniquePhone(), null);
            long read = sentReply(c, "WHATSAPP", "Tracking link: https://example.com/t/1");
            String wamid = replies.entryWhen(c.customer(), read, "SENT").getString("externalId");
            long failed = sentReply(c, "WHATSAPP", "And the invoice");
            String failedWamid = replies.entryWhen(c.customer(), failed, "SENT").getString("externalId");

            String delivery = whatsAppStatuses(c.handle(), """
                    {"id": "%1$s", "status": "read", "timestamp": "1763900300", "recipient_id": "%3$s"},
                    {"id": "%1$s", "status": "delivered", "timestamp": "1763900200", "recipient_id": "%3$s"},
                    {"id": "%2$s", "status": "failed", "timestamp": "1763900250", "recipient_id": "%3$s",
                     "errors": [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable",
                                 "error_data": {"details": "Message Undeliverable."}}]}
                    """.formatted(wamid, failedWamid, c.handle().substring(1)));
            assertEquals(200, meta(delivery).status());

            replies.entryWhen(c.customer(), read, "READ");
            assertEquals("WhatsApp reported the message failed: Message Undeliverable. (error 131026)",
                    replies.entryWhen(c.customer(), failed, "FAILED").getString("deliveryDetail"));
        }
    }

    @Test
    void aReportThatOvertakesTheRepliesRecordingIsAppliedOnceTheReplyIsKnown() {
        String early = "wamid.HBgEarly" + Messages.unique();
        try (FakeProvider meta = FakeProvider.meta().then(200, """
                {"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}], "messages": [{"id": "%s"}]}
                """.formatted(early))) {
            Replies.Conversation c = replies.startedOn("WHATSAPP", Messages.uniquePhone(), null);
            assertEquals(200, meta(whatsAppStatuses(c.handle(), """
                    {"id": "%s", "status": "delivered", "timestamp": "1763900200", "recipient_id": "%s"}
                    """.formatted(early, c.handle().substring(1)))).status());

            long reply = sentReply(c, "WHATSAPP", "Sent just now");
            assertEquals(early, replies.entryWhen(c.customer(), reply, "DELIVERED").getString("externalId"));
        }
    }

    @Test
    void messengerDeliveryAndReadWatermarkAndInstagramReadUpdateTheReplies() {
        try (FakeProvider meta = FakeProvider.meta()) {
            Replies.Conversation messenger = replies.startedOn("FACEBOOK", "psid-" + Messages.unique(), null);
            long first = sentReply(messenger, "FACEBOOK", "First answer");
            String mid = replies.entryWhen(messenger.customer(), first, "SENT").getString("externalId");
            long second = sentReply(messenger, "FACEBOOK", "Second answer");
            replies.entryWhen(messenger.customer(), second, "SENT");
            Replies.Conversation instagram = replies.startedOn("INSTAGRAM", "igsid-" + Messages.unique(), null);
            long seen = sentReply(instagram, "INSTAGRAM", "Seen on Instagram");
            String igMid = replies.entryWhen(instagram.customer(), seen, "SENT").getString("externalId");

            long now = Instant.now().toEpochMilli() + 1000;
            assertEquals(200, meta("""
                    {"object": "page", "entry": [{"id": "1094452873", "time": %2$d, "messaging": [
                      {"sender": {"id": "%1$s"}, "recipient": {"id": "1094452873"}, "timestamp": %2$d,
                       "delivery": {"mids": ["%3$s"], "watermark": %2$d}}]}]}
                    """.formatted(messenger.handle(), now, mid)).status());
            replies.entryWhen(messenger.customer(), first, "DELIVERED");
            assertEquals("SENT", entry(messenger.customer(), second).getString("deliveryStatus"));

            assertEquals(200, meta("""
                    {"object": "page", "entry": [{"id": "1094452873", "time": %2$d, "messaging": [
                      {"sender": {"id": "%1$s"}, "recipient": {"id": "1094452873"}, "timestamp": %2$d,
                       "read": {"watermark": %2$d}}]}]}
                    """.formatted(messenger.handle(), now)).status());
            replies.entryWhen(messenger.customer(), first, "READ");
            replies.entryWhen(messenger.customer(), second, "READ");

            assertEquals(200, meta("""
                    {"object": "instagram", "entry": [{"id": "17841400000000000", "time": %2$d, "messaging": [
                      {"sender": {"id": "%1$s"}, "recipient": {"id": "17841400000000000"}, "timestamp": %2$d,
                       "read": {"mid": "%3$s"}}]}]}
                    """.formatted(instagram.handle(), now, igMid)).status());
            replies.entryWhen(instagram.customer(), seen, "READ");
        }
    }

    private long sentReply(Replies.Conversation c, String channel, String text) {
        return replies.reply(c.id(), channel, text).getJsonNumber("entryId").longValue();
    }

    private JsonObject entry(long customer, long entryId) {
        return new Timeline(Api.as(base, "alice")).entriesOf(customer).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == entryId).findFirst().orElseThrow();
    }

    private Api.Reply twilioStatus(String sid, String status, String errorCode, String to) {
        Map<String, String> form = twilioForm(sid, status, errorCode, to);
        return anonymous.postForm(TWILIO_STATUS, form, Map.of("X-Twilio-Signature", TWILIO.sign(TWILIO_STATUS_URL, multi(form))));
    }

    /** Twilio's status callback parameters. */
    private static Map<String, String> twilioForm(String sid, String status, String errorCode, String to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", "AC0it");
        form.put("From", "+14155550199");
        form.put("To", to);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    private static String whatsAppStatuses(String phone, String statuses) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "statuses": [%s]}}]}]}
                """.formatted(statuses);
    }

    private Api.Reply meta(String json) {
        return anonymous.postJson("/api/v1/channels/meta", json,
                Map.of("X-Hub-Signature-256", META.sign(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static Map<String, List<String>> multi(Map<String, String> form) {
        return form.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }
}
