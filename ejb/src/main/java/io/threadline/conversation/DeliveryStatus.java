package io.threadline.conversation;

/**
 * Where a reply to the customer stands: queued for its channel, accepted by the provider, delivered to the
 * customer's device or socket, read, or not delivered.
 */
public enum DeliveryStatus {
    PENDING, SENT, DELIVERED, READ, FAILED
}
