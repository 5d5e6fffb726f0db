package io.threadline.assist.similar;

import io.threadline.automation.AutomationEngine;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.Direction;
import io.threadline.csat.CsatSurveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reply that resolved a conversation: the last one a person wrote to the customer before it was resolved. An
 * automated message (a rule's auto-reply, the satisfaction survey) or one nobody signed (an integration's) resolves
 * nothing; nor does a reply the customer did not get (failed, cancelled, still scheduled). One recorded without a
 * delivery status (sent before Threadline knew it) counts as got.
 */
public record ResolvingReply(long entryId, String author, String text, Instant at) {

    static final Set<String> MACHINE_AUTHORS = Set.of(AutomationEngine.AUTHOR, CsatSurveys.AUTHOR);
    private static final Set<DeliveryStatus> NOT_GOT = Set.of(DeliveryStatus.FAILED, DeliveryStatus.CANCELLED,
            DeliveryStatus.SCHEDULED);

    /** {@code oldestFirst}: the conversation's messages by time. */
    static Optional<ResolvingReply> in(List<ConversationMessage> oldestFirst, Instant resolvedAt) {
        ConversationMessage last = null;
        for (ConversationMessage m : oldestFirst) {
            if (m.direction() == Direction.OUTBOUND && m.hasText() && !m.occurredAt().isAfter(resolvedAt)
                    && m.author() != null && !MACHINE_AUTHORS.contains(m.author())
                    && (m.status() == null || !NOT_GOT.contains(m.status()))) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> new ResolvingReply(m.id(), m.author(), m.text().strip(), m.occurredAt()));
    }
}
