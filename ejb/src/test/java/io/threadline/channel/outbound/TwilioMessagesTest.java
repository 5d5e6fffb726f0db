package io.threadline.channel.outbound;

import io.threadline.shared.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TwilioMessagesTest {

    @Test
    void anSmsGoesBetweenPlainNumbers() {
        OutgoingReply reply = new OutgoingReply(1, 2, Channel.SMS, "+14155550142", "Fish & chips?", "alice", null, List.of(), null);
        assertEquals("To=%2B14155550142&From=%2B14155550199&Body=Fish+%26+chips%3F",
                TwilioMessages.form(reply, "+14155550199", Optional.empty()));
    }

    @Test
    void aWhatsAppMessageGoesBetweenWhatsAppAddressesAndAsksForStatusCallbacks() {
        OutgoingReply reply = new OutgoingReply(1, 2, Channel.WHATSAPP, "+14155550142", "Hi", "alice", null, List.of(), null);
        assertEquals("To=whatsapp%3A%2B14155550142&From=whatsapp%3A%2B14155550199&Body=Hi"
                        + "&StatusCallback=https%3A%2F%2Fcrm.example.com%2Fapi%2Fv1%2Fchannels%2Ftwilio%2Fstatus",
                TwilioMessages.form(reply, "+14155550199", Optional.of("https://crm.example.com/api/v1/channels/twilio/status")));
    }
}
