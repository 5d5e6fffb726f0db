package io.threadline.conversation;

/** Where a reply to the customer stands: queued for its channel, accepted by the provider, or not delivered. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
