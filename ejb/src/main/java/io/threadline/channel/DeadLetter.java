package io.threadline.channel;

import java.time.Instant;

/** A message on an exception destination (inbound or ERP), with why it is there. */
public record DeadLetter(String messageId, String reason, int attempts, Instant failedAt, String body) {
}
