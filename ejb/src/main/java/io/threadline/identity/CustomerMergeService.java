package io.threadline.identity;

import io.threadline.conversation.ConversationService;
import io.threadline.shared.CrmEvents;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Merges one customer into another: identities, conversations and the whole timeline move to the
 * survivor, both timelines record the merge, and {@code customer.merged} is published.
 */
@Stateless
public class CustomerMergeService {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationService conversations;

    @EJB
    private CrmEvents events;

    public Customer merge(Long survivorId, Long mergedId, String actor) {
        Customer survivor = lock(survivorId);
        Customer merged = lock(mergedId);
        merged.markMergedInto(survivor);
        em.flush();

        int identities = em.createQuery("UPDATE Identity i SET i.customer = :survivor WHERE i.customer = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
        ConversationService.Moved moved = conversations.moveAll(merged, survivor);

        Instant now = Instant.now();
        conversations.recordSystem(survivor, actor, "Merged " + merged.label() + " (customer " + merged.getId()
                + ") into this profile: " + identities + " identities, " + moved.conversations() + " conversations and "
                + moved.entries() + " timeline entries moved.", now);
        conversations.recordSystem(merged, actor, "Merged into " + survivor.label() + " (customer "
                + survivor.getId() + ").", now);

        events.publish("customer.merged", Json.createObjectBuilder()
                .add("customerId", survivor.getId())
                .add("mergedCustomerId", merged.getId())
                .add("actor", actor)
                .add("identitiesMoved", identities)
                .add("conversationsMoved", moved.conversations())
                .add("entriesMoved", moved.entries()).build());
        return survivor;
    }

    private Customer lock(Long id) {
        Customer customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
