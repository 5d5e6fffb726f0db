package io.threadline.conversation;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.List;

/**
 * What the conversation context needs to know of an inbound message, whichever channel it came from.
 * {@code references} are the thread's earlier messages, oldest first; {@code originalText} and
 * {@code originalHtml} keep what the customer sent when {@code text} shows less.
 */
public record InboundInteraction(Channel channel, String externalId, String author, String subject, String text,
                                 Instant occurredAt, Instant receivedAt, List<Attachment> attachments, String inReplyTo,
                                 List<String> references, String originalText, String originalHtml, CallDetails call) {

    /** The messages this one answers, the most recent first: In-Reply-To, then References from the newest. */
    public List<String> answered() {
        List<String> ids = new java.util.ArrayList<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            if (!ids.contains(references.get(i))) {
                ids.add(references.get(i));
            }
        }
        return ids;
    }
}
