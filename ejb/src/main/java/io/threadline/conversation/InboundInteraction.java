package io.threadline.conversation;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.List;

/** What the conversation context needs to know of an inbound message, whichever channel it came from. */
public record InboundInteraction(Channel channel, String externalId, String author, String subject, String text,
                                 Instant occurredAt, Instant receivedAt, List<Attachment> attachments, String inReplyTo,
                                 CallDetails call) {
}
