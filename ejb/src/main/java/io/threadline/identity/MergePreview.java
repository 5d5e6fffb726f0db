package io.threadline.identity;

import io.threadline.conversation.ConversationView;

import java.util.List;
import java.util.Set;

/**
 * What merging {@code merged} into {@code survivor} would do, computed from the current data with the same checks
 * as the merge itself: the identities and conversations (with their entry counts and tags) that would move, the
 * number of timeline entries, and the survivor's tier and name afterwards.
 */
public record MergePreview(CustomerView survivor, CustomerView merged, List<CustomerView.IdentityView> identities,
                           List<MovingConversation> conversations, long entries, String tierAfter, String nameAfter,
                           Set<String> tags) {

    /** A conversation that moves, with the number of its timeline entries. */
    public record MovingConversation(ConversationView conversation, long entries) {
    }
}
