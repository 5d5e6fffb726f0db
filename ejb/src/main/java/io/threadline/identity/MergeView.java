package io.threadline.identity;

import java.time.Instant;

/** A recorded merge as the API and pages show it: who merged whom into which customer, what moved, and any undo. */
public record MergeView(Long id, Long customerId, Long mergedCustomerId, String mergedName, String mergedBy,
                        Instant mergedAt, int identitiesMoved, int conversationsMoved, int entriesMoved,
                        Long systemEntryId, String undoneBy, Instant undoneAt) {

    public static MergeView of(CustomerMerge m) {
        return new MergeView(m.getId(), m.getSurvivorId(), m.getMergedId(),
                m.getMergedName() == null ? "Customer " + m.getMergedId() : m.getMergedName(), m.getMergedBy(),
                m.getMergedAt(), m.getIdentityIds().size(), m.getConversationIds().size(), m.getEntryIds().size(),
                m.getSurvivorEntryId(), m.getUndoneBy(), m.getUndoneAt());
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
