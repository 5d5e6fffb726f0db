package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.time.Instant;

/**
 * One reply on its way: its timeline entry and conversation, the customer's address on the channel (a phone
 * number in E.164, an email address, a Meta-scoped user id, a chat visitor id), and when the customer last wrote
 * on that channel (null if never), for channels whose rules depend on it.
 */
public record OutgoingReply(long entryId, long conversationId, Channel channel, String to, String text, String author,
                            Instant customerLastWrote) {
}
