package io.threadline.channel.chat;

import java.util.Optional;

/**
 * External ids of chat messages on the timeline. They are scoped by the visitor, {@code <visitorId>/in/<client id>}
 * for what the visitor wrote and {@code <visitorId>/out/<entry id>} for replies delivered to them: two visitors'
 * widgets may pick the same message id, and a visitor's history is exactly the entries under their prefix.
 */
public final class ChatMessageIds {

    private ChatMessageIds() {
    }

    static String inbound(String visitorId, String clientMessageId) {
        return prefix(visitorId) + "in/" + clientMessageId;
    }

    static String outbound(String visitorId, long entryId) {
        return prefix(visitorId) + "out/" + entryId;
    }

    static String prefix(String visitorId) {
        return visitorId + "/";
    }

    /** The visitor a chat message id belongs to, when it is one of ours. */
    static Optional<String> visitorOf(String externalId) {
        int slash = externalId == null ? -1 : externalId.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(externalId.substring(0, slash)).filter(VisitorCredentials::isVisitorId);
    }

    /** A message a visitor's widget sent, as its external id names it. */
    public record VisitorMessage(String visitorId, String messageId) {
    }

    /** The visitor and their widget's message id, when the external id is of a message a visitor sent. */
    public static Optional<VisitorMessage> sentByVisitor(String externalId) {
        String[] parts = externalId == null ? new String[0] : externalId.split("/", 3);
        return parts.length == 3 && parts[1].equals("in") && VisitorCredentials.isVisitorId(parts[0])
                ? Optional.of(new VisitorMessage(parts[0], parts[2])) : Optional.empty();
    }

    /** The id the visitor's widget knows a message by: its own id for what it sent, {@code reply-<entry id>} for replies. */
    static String frameId(String externalId) {
        String[] parts = externalId.split("/", 3);
        return "out".equals(parts[1]) ? "reply-" + parts[2] : parts[2];
    }
}
