package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;

import java.time.Instant;

/**
 * A provider's report on a message Threadline sent: it was sent, delivered to the device, read, or failed
 * (with the provider's reason). {@code providerMessageId} is the id the provider gave the message when it was sent.
 */
public record DeliveryReceipt(Channel channel, String providerMessageId, DeliveryStatus status, String detail) {
}
