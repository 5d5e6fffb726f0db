package io.threadline.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation's working state: where it is queued, who has it, how urgent, when SLAs fall due, and the conversation
 * it was merged into (then it is resolved and its entries are there).
 */
public record ConversationView(Long id, Long customerId, String status, int priority, String queue, String assignee,
                               String subject, String startedOn, List<String> tags, Instant openedAt,
                               Instant lastActivityAt, Instant snoozedUntil, SlaView sla, Long mergedInto) {

    public record SlaView(Instant firstResponseDueAt, Instant resolutionDueAt) {
    }

    public static ConversationView of(Conversation c) {
        return new ConversationView(c.getId(), c.getCustomer().getId(), c.getStatus().name(), c.getPriority(), c.getQueue(),
                c.getAssignee(), c.getSubject(), c.getStartedOn().name(), c.getTags().stream().sorted().toList(),
                c.getOpenedAt(), c.getLastActivityAt(), c.getSnoozedUntil(), new SlaView(c.getFirstResponseDueAt(), c.getResolutionDueAt()),
                c.getMergedInto());
    }
}
