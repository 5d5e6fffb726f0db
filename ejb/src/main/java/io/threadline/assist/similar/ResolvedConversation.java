package io.threadline.assist.similar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A resolved conversation as the similar-conversations index holds it: what the customer wrote ({@code question},
 * bounded), its language (null when not recognised), when it was resolved and the reply that resolved it.
 */
public record ResolvedConversation(long conversationId, long customerId, String language, Instant resolvedAt,
                                   String question, ResolvingReply reply) {

    /**
     * Empty when there is nothing to suggest from it: the customer wrote nothing (a call, an outbound campaign), or no
     * person answered before it was resolved.
     */
    static Optional<ResolvedConversation> of(ConversationHead head, List<ConversationMessage> oldestFirst) {
        if (head.resolvedAt() == null || oldestFirst.stream().noneMatch(ConversationMessage::fromCustomer)) {
            return Optional.empty();
        }
        String question = CustomerText.question(head.subject(), oldestFirst, CustomerText.QUESTION_LENGTH);
        return ResolvingReply.in(oldestFirst, head.resolvedAt()).map(reply -> new ResolvedConversation(head.id(),
                head.customerId(), head.language(), head.resolvedAt(), question, reply));
    }
}
