package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;

import java.time.Instant;

/**
 * A provider's report on a message Threadline sent: it was sent, delivered to the device, read, or failed
 * (with the provider's reason). {@code providerMessageId} is the id the provider gave the message when it was sent;
 * {@code replyId}, when the provider passes back what Threadline gave it to pass (Twilio's status callback URL,
 * Meta's callback data), the reply's entry id, or null.
 */
public record DeliveryReceipt(Channel channel, String providerMessageId, DeliveryStatus status, String detail, Long replyId) {

    public DeliveryReceipt(Channel channel, String providerMessageId, DeliveryStatus status, String detail) {
        this(channel, providerMessageId, status, detail, null);
    }

    /** The same report, naming the reply it is about. */
    public DeliveryReceipt about(Long reply) {
        return new DeliveryReceipt(channel, providerMessageId, status, detail, reply);
    }
}
