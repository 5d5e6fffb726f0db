package io.threadline.search;

import java.time.Instant;
import java.util.List;

/**
 * What a search found, grouped: customers (by name or any identity), conversations (by subject) and messages (by
 * their text or subject; calls' transcripts and internal notes included). Each group is one page of hits.
 */
public record SearchResults(String query, Page<CustomerHit> customers, Page<ConversationHit> conversations,
                            Page<MessageHit> messages) {

    /** One page of a group: its hits, where it starts, and whether more follow. */
    public record Page<T>(List<T> hits, int offset, boolean more) {

        static <T> Page<T> empty() {
            return new Page<>(List.of(), 0, false);
        }
    }

    /** A customer: enough to recognise them, and the conversation to open (their most recent one, if any). */
    public record CustomerHit(long id, String name, String tier, List<Identity> identities, int identityCount,
                              long openConversations, Long latestConversationId) {
    }

    public record Identity(String type, String value) {
    }

    public record ConversationHit(long id, String subject, String status, String startedOn, long customerId,
                                  String customerName, String assignee, Instant lastActivityAt) {
    }

    /** A timeline entry whose text matched; the snippet is cut around the first match. */
    public record MessageHit(long entryId, Long conversationId, long customerId, String customerName, String type,
                             String channel, String direction, String author, Instant occurredAt, Snippet snippet) {
    }

    /** Text around a match, in three parts so that a page can mark the match without writing markup into the text. */
    public record Snippet(String before, String match, String after) {
    }
}
