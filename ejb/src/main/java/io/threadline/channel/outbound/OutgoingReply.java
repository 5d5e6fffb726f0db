package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

/**
 * One reply on its way: its timeline entry and conversation, and the customer's address on the channel
 * (a phone number in E.164, an email address, a Meta-scoped user id, a chat visitor id).
 */
public record OutgoingReply(long entryId, long conversationId, Channel channel, String to, String text, String author) {
}
