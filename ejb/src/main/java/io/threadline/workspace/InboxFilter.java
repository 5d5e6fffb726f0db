package io.threadline.workspace;

import io.threadline.conversation.ConversationStatus;
import io.threadline.shared.Channel;

/**
 * Narrows an inbox view; every part is optional. Without a status, the inbox lists what is not resolved; with
 * one, exactly that status (so resolved conversations can be found). A channel matches a conversation that has
 * a message or call on it.
 */
public record InboxFilter(Channel channel, ConversationStatus status, String tag, Integer priority, String queue) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null);

    public InboxFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        queue = queue == null || queue.isBlank() ? null : queue.strip();
    }
}
