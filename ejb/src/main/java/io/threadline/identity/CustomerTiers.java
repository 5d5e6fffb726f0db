package io.threadline.identity;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.ConversationService;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.Actor;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * A supervisor sets a customer's service tier, which from then on wins over the tier the customer's value would earn
 * (the ERP's {@code io.threadline.erp.ValueTiers}). A VIP's conversations that are not resolved get the top priority
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

    @EJB
    private AuditLog audit;

    public Customer change(long customerId, CustomerTier tier, Actor actor) {
        if (!actor.supervisor()) {
            throw new ForbiddenException("Only a supervisor can change a customer's tier");
        }
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || customer.isMerged()) {
            throw new NotFoundException("Customer", customerId);
        }
        CustomerTier before = customer.getTier();
        customer.chooseTier(tier);
        if (before == tier) {
            return customer;
        }
        audit.record(actor.name(), "TIER_CHOSEN", "customer", String.valueOf(customerId),
                Json.createObjectBuilder().add("tier", before.name()).build(), Json.createObjectBuilder().add("tier", tier.name()).build());
        follow(customer, before, actor.name(), tier == CustomerTier.VIP
                ? actor.name() + " marked " + customer.label() + " as VIP"
                : actor.name() + " changed " + customer.label() + " from " + before + " to " + tier);
        return customer;
    }

    /**
     * The tier the customer's value earns them, unless a supervisor chose one; {@code reason} says why, for the
     * timeline ("lifetime value EUR 6,240.00 reached EUR 5,000.00"). The caller holds the customer's lock.
     */
    public boolean derive(Customer customer, CustomerTier derived, String by, String reason) {
        CustomerTier before = customer.getTier();
        if (!customer.deriveTier(derived)) {
            return false;
        }
        follow(customer, before, by, customer.label() + (derived == CustomerTier.VIP ? " is now VIP: " : " is no longer VIP: ")
                + reason);
        return true;
    }

    private void follow(Customer customer, CustomerTier before, String by, String text) {
        int reprioritized = conversations.followTier(customer);
        Instant now = Instant.now();
        conversations.recordSystem(customer, by, text, now);
        events.publish(CrmEvent.customerTierChanged(customer.getId(), customer.getTier().name(), before.name(), reprioritized,
                by, now));
    }
}
