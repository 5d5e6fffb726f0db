package io.threadline.workspace;

import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.identity.CustomerView;

import java.util.List;

/**
 * What an agent sees of a conversation: its working state, the customer's profile, the customer's whole
 * timeline across channels and conversations (oldest first), and the channels a reply can go out on, the one the
 * customer used last first.
 */
public record ConversationDetail(ConversationView conversation, CustomerView customer, List<TimelineEntryView> timeline,
                                 List<String> replyChannels) {
}
