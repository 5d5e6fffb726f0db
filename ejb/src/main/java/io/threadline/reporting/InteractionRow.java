package io.threadline.reporting;

import io.threadline.conversation.Direction;
import io.threadline.shared.Channel;

import java.time.Instant;

/** A message or call of the day, with the conversation's queue and assignee as they are when the job runs. */
public record InteractionRow(long entryId, Instant occurredAt, Long conversationId, long customerId, Channel channel,
                             Direction direction, Integer urgency, String queue, String agent) {
}
