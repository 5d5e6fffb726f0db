package io.threadline.workspace;

import io.threadline.channel.outbound.Connectors;
import io.threadline.channel.outbound.Recipients;
import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.identity.CustomerDirectory;
import io.threadline.identity.CustomerView;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The conversation screen's facade: one call gathers what the agent sees. */
@Stateless
public class ConversationWorkspace {

    @EJB
    private TimelineQueries timelines;

    @EJB
    private CustomerDirectory customers;

    @Inject
    private Connectors connectors;

    public Optional<ConversationDetail> open(long conversationId) {
        Optional<ConversationView> conversation = timelines.conversation(conversationId);
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        CustomerView customer = customers.profile(conversation.get().customerId()).orElseThrow();
        List<TimelineEntryView> timeline = timelines.timelineOf(customer.id());
        return Optional.of(new ConversationDetail(conversation.get(), customer, timeline,
                replyChannels(customer, timeline, conversationId)));
    }

    /** Channels with a connector on which the customer has an address; the one they last wrote on in this conversation first. */
    private List<String> replyChannels(CustomerView customer, List<TimelineEntryView> timeline, long conversationId) {
        Set<String> types = new LinkedHashSet<>();
        customer.identities().forEach(identity -> types.add(identity.type()));
        List<String> reachable = Arrays.stream(Channel.values())
                .filter(channel -> connectors.forChannel(channel).isPresent())
                .filter(channel -> Recipients.addressTypeOf(channel).map(type -> types.contains(type.name())).orElse(false))
                .map(Enum::name).toList();
        List<String> ordered = new ArrayList<>();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntryView entry = timeline.get(i);
            if ("INBOUND".equals(entry.direction()) && Long.valueOf(conversationId).equals(entry.conversationId())
                    && reachable.contains(entry.channel())) {
                ordered.add(entry.channel());
                break;
            }
        }
        reachable.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }
}
