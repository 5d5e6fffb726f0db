package io.threadline.workspace;

import java.time.Instant;
import java.util.List;

/**
 * One conversation as the inbox lists it: who, where, what they last said, how urgent (priority, the urgency of what
 * is unanswered, the next SLA due time), in which language, who has it, its tags.
 */
public record InboxRow(long conversationId, long customerId, String customerName, boolean vip, String channel,
                       String subject, String lastMessage, int priority, String status, String assignee, String queue,
                       Instant lastActivityAt, Instant openedAt, List<String> tags, Integer urgency, String language,
                       Instant slaDueAt) {
}
