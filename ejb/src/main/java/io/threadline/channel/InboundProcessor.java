package io.threadline.channel;

import io.threadline.conversation.ConversationService;
import io.threadline.conversation.InboundInteraction;
import io.threadline.csat.CsatSurveys;
import io.threadline.identity.Customer;
import io.threadline.identity.IdentityService;
import io.threadline.routing.MessageFacts;
import io.threadline.routing.MessageRouting;
import io.threadline.sla.SlaClocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Puts one canonical inbound message on its customer's timeline, in the caller's transaction:
 * resolve the sender to a customer, append to the right conversation, route it, run its SLA clocks, and announce it
 * (automation runs on what is announced). A reply that answers the customer's satisfaction survey records the rating instead. A message whose
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

    @EJB
    private MessageRouting routing;

    @EJB
    private SlaClocks slaClocks;

    @EJB
    private CsatSurveys surveys;

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
        if (surveys.answerByMessage(customer, interaction)) {
            metrics.processed();
            return Outcome.RECORDED;
        }
        ConversationService.Appended appended = conversations.appendInbound(customer, interaction);
        MessageFacts facts = routing.route(appended.conversation(), appended.entry(), appended.opened());
        slaClocks.customerWrote(appended.conversation(), facts, appended.opened(), interaction.occurredAt());
        conversations.announce(appended);
        metrics.processed();
        return Outcome.RECORDED;
    }
}
