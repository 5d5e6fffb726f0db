package io.threadline.workspace;

import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.identity.CustomerView;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an agent sees of a conversation: its working state, the customer's profile, the customer's whole
 * timeline across channels and conversations (oldest first), the channels a reply can go out on (the one the
 * customer used last first), and those the customer has an address for but this server has no connector set up for.
 */
public record ConversationDetail(ConversationView conversation, CustomerView customer, List<TimelineEntryView> timeline,
                                 List<String> replyChannels, List<String> channelsNotSetUp) {

    /** The entry written last (not the last one shown, which goes by the provider's time): what the agent has seen up to. */
    public Optional<TimelineEntryView> newestEntry() {
        return timeline.stream().max(Comparator.comparing(TimelineEntryView::recordedAt).thenComparing(TimelineEntryView::id));
    }
}
