package io.threadline.channel.twilio;

import io.threadline.channel.outbound.DeliveryReceipt;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TwilioStatusReportTest {

    private static Map<String, List<String>> callback(String status) {
        return Map.of("MessageSid", List.of("SM42"), "MessageStatus", List.of(status), "To", List.of("whatsapp:+14155550142"));
    }

    @Test
    void anInterimStatusReportsNothingForAConfirmedReply() {
        assertEquals(Optional.empty(), TwilioStatusReport.read(callback("queued"), null));
    }

    @Test
    void anInterimStatusConfirmsAReplyTheCallbackNames() {
        assertEquals(Optional.of(new DeliveryReceipt(Channel.WHATSAPP, "SM42", DeliveryStatus.SENT, null, 7L)),
                TwilioStatusReport.read(callback("queued"), 7L));
    }

    @Test
    void aFinalStatusCarriesTheReply() {
        assertEquals(Optional.of(new DeliveryReceipt(Channel.WHATSAPP, "SM42", DeliveryStatus.DELIVERED, null, 7L)),
                TwilioStatusReport.read(callback("delivered"), 7L));
    }
}
