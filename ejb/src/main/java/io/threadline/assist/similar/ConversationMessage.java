package io.threadline.assist.similar;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.Direction;

import java.time.Instant;

/**
 * A message of a conversation as the suggestions read it: from the customer ({@code INBOUND}) or to them
 * ({@code OUTBOUND}, with its delivery status); {@code machineWritten} for a customer's message a machine sent (an
 * out-of-office answer).
 */
public record ConversationMessage(long id, Direction direction, String author, String text, DeliveryStatus status,
                                  Instant occurredAt, boolean machineWritten) {

    boolean fromCustomer() {
        return direction == Direction.INBOUND && !machineWritten && hasText();
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
