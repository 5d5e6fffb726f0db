package io.threadline.erp;

import java.time.Instant;

/** An order whose customer number no customer has yet, and since when it waits. */
public record WaitingOrder(String orderNumber, String customerNumber, String status, Instant receivedAt) {
}
