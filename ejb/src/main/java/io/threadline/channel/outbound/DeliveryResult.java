package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;

/**
 * What a channel connector made of one reply: accepted by the provider (SENT), already on the customer's screen
 * (DELIVERED, the chat socket) with the provider's message id, why it was not delivered (FAILED), or, when the
 * provider's answer was lost, why the outcome is not known yet (PENDING: to be confirmed with the provider).
 */
public record DeliveryResult(DeliveryStatus status, String providerMessageId, String reason) {

    public static DeliveryResult sent(String providerMessageId) {
        return new DeliveryResult(DeliveryStatus.SENT, providerMessageId, null);
    }

    public static DeliveryResult delivered(String providerMessageId) {
        return new DeliveryResult(DeliveryStatus.DELIVERED, providerMessageId, null);
    }

    public static DeliveryResult unconfirmed(String reason) {
        return new DeliveryResult(DeliveryStatus.PENDING, null, reason);
    }

    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(DeliveryStatus.FAILED, null, reason);
    }
}
