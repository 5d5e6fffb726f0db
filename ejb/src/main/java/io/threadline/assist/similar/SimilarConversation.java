package io.threadline.assist.similar;

import java.time.Instant;

/**
 * A resolved conversation like the one an agent works on: whose it was ({@code customerName} null for a customer known
 * by an address only), the start of what the customer asked, the reply that resolved it (whole, to insert), when it
 * was resolved, and how alike it is.
 */
public record SimilarConversation(long conversationId, long customerId, String customerName, String question, String reply,
                                  String replyAuthor, Instant resolvedAt, float score) {

    static final int QUESTION_EXCERPT = 240;

    static SimilarConversation of(ResolvedConversation conversation, String customerName, float score) {
        return new SimilarConversation(conversation.conversationId(), conversation.customerId(), customerName,
                CustomerText.excerpt(conversation.question(), QUESTION_EXCERPT), conversation.reply().text(),
                conversation.reply().author(), conversation.resolvedAt(), score);
    }
}
