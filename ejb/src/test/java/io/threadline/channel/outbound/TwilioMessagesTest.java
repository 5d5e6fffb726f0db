package io.threadline.channel.outbound;

import io.threadline.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TwilioMessagesTest {

    /** Twilio's list of messages (GET .../Messages.json), newest first, as its API reference shows it. */
    private static final JsonObject LIST = Json.createReader(new StringReader("""
            {"messages": [
              {"sid": "SM3", "body": "Your order shipped", "date_created": "Fri, 27 Nov 2026 22:40:05 +0000", "status": "sent"},
              {"sid": "SM2", "body": "Sorry for the delay", "date_created": "Fri, 27 Nov 2026 22:40:01 +0000", "status": "queued"},
              {"sid": "SM1", "body": "Sorry for the delay", "date_created": "Thu, 26 Nov 2026 09:00:00 +0000", "status": "delivered"}
            ], "page": 0, "page_size": 50}""")).readObject();

    @Test
    void anSmsGoesBetweenPlainNumbers() {
        OutgoingReply reply = new OutgoingReply(1, 2, Channel.SMS, "+14155550142", "Fish & chips?", "alice", null, List.of(), null);
        assertEquals("To=%2B14155550142&From=%2B14155550199&Body=Fish+%26+chips%3F",
                TwilioMessages.form(reply, "+14155550199", Optional.empty()));
    }

    @Test
    void aWhatsAppMessageGoesBetweenWhatsAppAddressesAndAsksForStatusCallbacksNamingTheReply() {
        OutgoingReply reply = new OutgoingReply(41, 2, Channel.WHATSAPP, "+14155550142", "Hi", "alice", null, List.of(), null);
        assertEquals("To=whatsapp%3A%2B14155550142&From=whatsapp%3A%2B14155550199&Body=Hi"
                        + "&StatusCallback=https%3A%2F%2Fcrm.example.com%2Fapi%2Fv1%2Fchannels%2Ftwilio%2Fstatus%3Freply%3D41",
                TwilioMessages.form(reply, "+14155550199", Optional.of("https://crm.example.com/api/v1/channels/twilio/status")));
    }

    @Test
    void aCallbackUrlWithAQueryKeepsIt() {
        assertEquals("https://crm.example.com/status?tenant=eu&reply=7",
                TwilioMessages.statusCallbackFor("https://crm.example.com/status?tenant=eu", 7));
    }

    @Test
    void aLostReplyIsTheListedMessageWithItsTextCreatedSinceTheAttempt() {
        assertEquals(Optional.of("SM2"), TwilioMessages.sameMessage(LIST, "Sorry for the delay",
                Instant.parse("2026-11-27T22:39:00Z")));
    }

    @Test
    void anOlderMessageWithTheSameTextIsNotTheLostReply() {
        assertEquals(Optional.empty(), TwilioMessages.sameMessage(LIST, "Sorry for the delay",
                Instant.parse("2026-11-27T22:41:00Z")));
        assertEquals(Optional.empty(), TwilioMessages.sameMessage(LIST, "Something else", Instant.parse("2026-11-20T00:00:00Z")));
        assertEquals(Optional.empty(), TwilioMessages.sameMessage(JsonObject.EMPTY_JSON_OBJECT, "Hi", Instant.EPOCH));
    }
}
