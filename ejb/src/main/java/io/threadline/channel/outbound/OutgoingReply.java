package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.List;

/**
 * One reply on its way: its timeline entry and conversation, and the customer's address on the channel
 * (a phone number in E.164, an email address, a Meta-scoped user id, a chat visitor id). {@code subject} is the
 * conversation's; {@code thread} the provider ids of the conversation's earlier messages on the channel, oldest
 * first (email threads a reply by them); {@code customerLastWrote} when the customer last wrote on the channel
 * (null if never), for channels whose rules depend on it; {@code files} the files sent along.
 */
public record OutgoingReply(long entryId, long conversationId, Channel channel, String to, String text, String author,
                            String subject, List<String> thread, Instant customerLastWrote, List<OutgoingFile> files) {

    public OutgoingReply {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A reply with no files. */
    public OutgoingReply(long entryId, long conversationId, Channel channel, String to, String text, String author,
                         String subject, List<String> thread, Instant customerLastWrote) {
        this(entryId, conversationId, channel, to, text, author, subject, thread, customerLastWrote, List.of());
    }

    /**
     * A file sent with a reply: its stored content ({@code contentId}, see {@code AttachmentStore}) and the address
     * where the customer or the provider fetches it without a login ({@code url}: absolute when
     * {@code crm.replies.public-base-url} is set, else a path on this server).
     */
    public record OutgoingFile(String name, String contentType, long size, long contentId, String url) {
    }
}
