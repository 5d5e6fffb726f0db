package io.threadline.erp;

import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundProcessor;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Applies {@code store.interaction}: the visit, purchase, return or associate's note is an IN_STORE message of the
 * customer, so it lands on their timeline, joins their active conversation (or opens one) and is routed like any
 * channel's message. The agent answers on the customer's other channels.
 */
@Stateless
public class StoreVisits {

    @EJB
    private InboundProcessor inbound;

    @Inject
    private IdentityNormalizer normalizer;

    /** The customer's identity as the store names it; refused, naming the field, before anything is written. */
    public IdentityKey customerOf(StoreInteraction interaction) {
        if (interaction.customerNumber() != null) {
            return normalizer.erpCustomerNumber(interaction.customerNumber(), "data.customerNumber");
        }
        if (interaction.email() != null) {
            return normalizer.email(interaction.email(), "data.email");
        }
        return normalizer.phone(interaction.phone(), "data.phone");
    }

    public void apply(StoreInteraction interaction, IdentityKey customer, ErpMessage message, Instant receivedAt) {
        inbound.record(new InboundMessage(Channel.IN_STORE, "store:" + message.id(), interaction.handle(), null, customer,
                null, interaction.describe(), message.occurredAt(), List.of(), null, List.of(), null, null, false), receivedAt);
    }
}
