package io.threadline.channel.outbound;

/** What a channel connector made of one reply: the provider's message id, or why it was not delivered. */
public record DeliveryResult(boolean sent, String providerMessageId, String reason) {

    public static DeliveryResult sent(String providerMessageId) {
        return new DeliveryResult(true, providerMessageId, null);
    }

    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(false, null, reason);
    }
}
