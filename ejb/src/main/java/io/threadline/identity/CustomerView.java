package io.threadline.identity;

import io.threadline.conversation.ConversationView;

import java.time.Instant;
import java.util.List;

/**
 * The unified customer profile: every identity with where it came from, the customer's conversations, and what the
 * ERP adds ({@code enrichment}, null for a customer it does not know). {@code tierChosen}: a supervisor chose the
 * tier, so the customer's value no longer changes it.
 */
public record CustomerView(Long id, String name, String tier, boolean tierChosen, String status, Long mergedInto,
                           Instant createdAt, List<IdentityView> identities, List<ConversationView> conversations,
                           CustomerEnrichment enrichment) {

    public record IdentityView(String type, String value, String source, Instant firstSeenAt) {
    }
}
