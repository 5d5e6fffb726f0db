package io.threadline.channel;

import java.time.Instant;

/** A message on the inbound exception destination, with why it is there. */
public record DeadLetter(String messageId, String reason, int attempts, Instant failedAt, String body) {
}
