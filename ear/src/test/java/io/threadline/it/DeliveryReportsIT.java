package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Providers report what became of the replies Threadline sent: Twilio's status callback, WhatsApp's statuses and
 * Messenger's and Instagram's delivery and read events move the reply on the timeline to DELIVERED, READ or
 * FAILED with the provider's reason, never backwards, even when a report overtakes the reply's own recording.
 */
class DeliveryReportsIT extends ContainerTest {

    private Api anonymous;
    private Replies replies;
    private ProviderReports reports;

    @BeforeEach
    void clients() {
        anonymous = Api.as(base, null);
        replies = new Replies(base, Api.as(base, "alice"));
        reports = new ProviderReports(base);
    }

    @Test
    void twilioStatusCallbacksMoveAnSmsReplyForwardAndReportFailuresWithTheErrorCode() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            long delivered = sentReply(c, "SMS", "Your parcel is at the depot");
            String sid = replies.entryWhen(c.customer(), delivered, "SENT").getString("externalId");
            assertEquals(ProviderReports.TWILIO_STATUS_URL + "?reply=" + delivered, twilio.requests().get(0).form().get("StatusCallback"));

            assertEquals(204, reports.twilioStatus(sid, "delivered", null, c.handle()).status());
            replies.entryWhen(c.customer(), delivered, "DELIVERED");
            assertEquals(204, reports.twilioStatus(sid, "sent", null, c.handle()).status(), "a late report is accepted");
            assertEquals(204, reports.twilioStatus(sid, "sending", null, c.handle()).status());
            replies.entryWhen(c.customer(), delivered, "DELIVERED");

            long lost = sentReply(c, "SMS", "Are you there?");
            String lostSid = replies.entryWhen(c.customer(), lost, "SENT").getString("externalId");
            reports.twilioStatus(lostSid, "undelivered", "30003", c.handle());
            assertEquals("Twilio reported the message undelivered (error 30003)",
                    replies.entryWhen(c.customer(), lost, "FAILED").getString("deliveryDetail"));
        }
    }

    @Test
    void aTwilioStatusCallbackMustBeSignedAndWellFormed() {
        Map<String, String> report = ProviderReports.twilioForm("SM" + Messages.unique(), "delivered", null, "+14155550142");
        assertEquals(403, anonymous.postForm(ProviderReports.TWILIO_STATUS, report, Map.of("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")).status());
        Map<String, String> odd = ProviderReports.twilioForm("SM" + Messages.unique(), "teleported", null, "+14155550142");
        Api.Reply refused = anonymous.postForm(ProviderReports.TWILIO_STATUS, odd, Map.of("X-Twilio-Signature",
                ProviderReports.twilioSignature(ProviderReports.TWILIO_STATUS_URL, odd)));
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

            String delivery = ProviderReports.whatsAppStatuses("""
                    {"id": "%1$s", "status": "read", "timestamp": "1763900300", "recipient_id": "%3$s"},
                    {"id": "%1$s", "status": "delivered", "timestamp": "1763900200", "recipient_id": "%3$s"},
                    {"id": "%2$s", "status": "failed", "timestamp": "1763900250", "recipient_id": "%3$s",
                     "errors": [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable",
                                 "error_data": {"details": "Message Undeliverable."}}]}
                    """.formatted(wamid, failedWamid, c.handle().substring(1)));
            assertEquals(200, reports.meta(delivery).status());

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
            assertEquals(200, reports.meta(ProviderReports.whatsAppStatuses("""
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
            assertEquals(200, reports.meta("""
                    {"object": "page", "entry": [{"id": "1094452873", "time": %2$d, "messaging": [
                      {"sender": {"id": "%1$s"}, "recipient": {"id": "1094452873"}, "timestamp": %2$d,
                       "delivery": {"mids": ["%3$s"], "watermark": %2$d}}]}]}
                    """.formatted(messenger.handle(), now, mid)).status());
            replies.entryWhen(messenger.customer(), first, "DELIVERED");
            assertEquals("SENT", entry(messenger.customer(), second).getString("deliveryStatus"));

            assertEquals(200, reports.meta("""
                    {"object": "page", "entry": [{"id": "1094452873", "time": %2$d, "messaging": [
                      {"sender": {"id": "%1$s"}, "recipient": {"id": "1094452873"}, "timestamp": %2$d,
                       "read": {"watermark": %2$d}}]}]}
                    """.formatted(messenger.handle(), now)).status());
            replies.entryWhen(messenger.customer(), first, "READ");
            replies.entryWhen(messenger.customer(), second, "READ");

            assertEquals(200, reports.meta("""
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
}
