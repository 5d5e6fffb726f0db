package io.threadline.channel;

import io.threadline.conversation.ConversationService;
import io.threadline.conversation.InboundInteraction;
import io.threadline.identity.Customer;
import io.threadline.identity.IdentityService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Puts one canonical inbound message on its customer's timeline, in the caller's transaction:
 * resolve the sender to a customer, append to the right conversation. A message whose
 * (channel, externalId) is already recorded changes nothing, except a later event of a call, which fills in
 * the call's entry.
 */
@Stateless
public class InboundProcessor {

    public enum Outcome { RECORDED, DUPLICATE }

    @Inject
    private InboundMessageReader reader;

    @EJB
    private IdentityService identities;

    @EJB
    private ConversationService conversations;

    @Inject
    private PipelineMetrics metrics;

    public Outcome process(String json, Instant receivedAt) {
        return record(reader.read(json), receivedAt);
    }

    public Outcome record(InboundMessage message, Instant receivedAt) {
        InboundInteraction interaction = message.toInteraction(receivedAt);
        if (interaction.call() != null && conversations.fillInCall(interaction)) {
            metrics.processed();
            return Outcome.RECORDED;
        }
        if (conversations.isKnown(message.channel(), message.externalId())) {
            metrics.duplicate();
            return Outcome.DUPLICATE;
        }
        Customer customer = identities.resolve(message.sender(), message.fromName(), message.channel().name(),
                interaction.occurredAt());
        conversations.appendInbound(customer, interaction);
        metrics.processed();
        return Outcome.RECORDED;
    }
}
