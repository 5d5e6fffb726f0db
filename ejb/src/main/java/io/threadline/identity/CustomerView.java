package io.threadline.identity;

import io.threadline.conversation.ConversationView;

import java.time.Instant;
import java.util.List;

/** The unified customer profile: every identity with where it came from, and the customer's conversations. */
public record CustomerView(Long id, String name, String tier, String status, Long mergedInto, Instant createdAt,
                           List<IdentityView> identities, List<ConversationView> conversations) {

    public record IdentityView(String type, String value, String source, Instant firstSeenAt) {
    }
}
