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
        List<Channel> addressed = addressedChannels(customer);
        List<String> notSetUp = addressed.stream().filter(channel -> connectors.forChannel(channel).isEmpty())
                .map(Enum::name).toList();
        return Optional.of(new ConversationDetail(conversation.get(), customer, timeline,
                replyChannels(addressed, timeline, conversationId), notSetUp));
    }

    /** The channels on which the customer has an address (an email for EMAIL, a phone number for SMS...). */
    private static List<Channel> addressedChannels(CustomerView customer) {
        Set<String> types = new LinkedHashSet<>();
        customer.identities().forEach(identity -> types.add(identity.type()));
        return Arrays.stream(Channel.values())
                .filter(channel -> Recipients.addressTypeOf(channel).map(type -> types.contains(type.name())).orElse(false))
                .toList();
    }

    /** Those of the channels with a connector; the one the customer last wrote on in this conversation first. */
    private List<String> replyChannels(List<Channel> addressed, List<TimelineEntryView> timeline, long conversationId) {
        List<String> reachable = addressed.stream().filter(channel -> connectors.forChannel(channel).isPresent())
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
