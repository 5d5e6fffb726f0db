package io.threadline.assist.similar;

import java.time.Instant;

/** What a resolved conversation's document needs of the conversation itself; {@code language} null when not recognised. */
public record ConversationHead(long id, long customerId, String language, String subject, Instant resolvedAt) {
}
