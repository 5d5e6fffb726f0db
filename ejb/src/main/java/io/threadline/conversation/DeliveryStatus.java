package io.threadline.conversation;

/**
 * Where a reply to the customer stands: queued for its channel, accepted by the provider, delivered to the
 * customer's device or socket, read, or not delivered; or, for a reply to be sent later, waiting for its time
 * (SCHEDULED, then PENDING when it goes) or cancelled before it went.
 */
public enum DeliveryStatus {
    PENDING, SENT, DELIVERED, READ, FAILED, SCHEDULED, CANCELLED
}
