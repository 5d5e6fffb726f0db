package io.threadline.conversation;

/** INBOUND from the customer, OUTBOUND to the customer, INTERNAL for notes and system events. */
public enum Direction {
    INBOUND, OUTBOUND, INTERNAL
}
