package io.threadline.identity;

import io.threadline.conversation.ConversationService;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.Actor;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * A supervisor sets a customer's service tier. A VIP's conversations that are not resolved get the top priority
 * at once (and new ones get it when they open); back to STANDARD, they return to normal priority.
 */
@Stateless
public class CustomerTiers {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationService conversations;

    @EJB
    private EventPublisher events;

    public Customer change(long customerId, CustomerTier tier, Actor actor) {
        if (!actor.supervisor()) {
            throw new ForbiddenException("Only a supervisor can change a customer's tier");
        }
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || customer.isMerged()) {
            throw new NotFoundException("Customer", customerId);
        }
        if (customer.getTier() == tier) {
            return customer;
        }
        CustomerTier before = customer.getTier();
        customer.setTier(tier);
        int reprioritized = conversations.followTier(customer);
        Instant now = Instant.now();
        conversations.recordSystem(customer, actor.name(), tier == CustomerTier.VIP
                ? actor.name() + " marked " + customer.label() + " as VIP"
                : actor.name() + " changed " + customer.label() + " from " + before + " to " + tier, now);
        events.publish(CrmEvent.customerTierChanged(customerId, tier.name(), before.name(), reprioritized, actor.name(), now));
        return customer;
    }
}
