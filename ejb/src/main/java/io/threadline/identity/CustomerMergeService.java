package io.threadline.identity;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.ConversationService;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.ConflictException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Merges one customer into another: identities, conversations and the whole timeline move to the survivor, both
 * timelines record the merge, the merge is recorded ({@link CustomerMerge}) and {@code customer.merged} is published.
 * A merge can be undone: exactly what it moved goes back, and {@code customer.unmerged} is published.
 */
@Stateless
public class CustomerMergeService {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationService conversations;

    @EJB
    private EventPublisher events;

    @EJB
    private DuplicateCandidates candidates;

    @EJB
    private AuditLog audit;

    public CustomerMerge merge(Long survivorId, Long mergedId, String actor) {
        Customer survivor = lock(survivorId);
        Customer merged = lock(mergedId);
        Instant now = Instant.now();
        merged.checkMergeableInto(survivor);
        CustomerMerge record = new CustomerMerge(survivor, merged, actor, now);
        merged.markMergedInto(survivor);
        em.flush();

        List<Long> identities = em.createNamedQuery("Identity.idsOfCustomer", Long.class)
                .setParameter("customer", merged).getResultList();
        em.createQuery("UPDATE Identity i SET i.customer = :survivor WHERE i.customer = :merged")
                .setParameter("survivor", survivor).setParameter("merged", merged).executeUpdate();
        ConversationService.Moved moved = conversations.moveAll(merged, survivor);

        TimelineEntry told = conversations.recordSystem(survivor, actor, "Merged " + merged.label() + " (customer "
                + merged.getId() + ") into this profile: " + identities.size() + " identities, "
                + moved.conversations().size() + " conversations and " + moved.entries().size()
                + " timeline entries moved.", now);
        conversations.recordSystem(merged, actor, "Merged into " + survivor.label() + " (customer "
                + survivor.getId() + ").", now);
        record.moved(survivor, identities, moved.conversations(), moved.entries(), told.getId());
        em.persist(record);
        candidates.merged(survivor.getId(), merged.getId(), actor, now);
        audit.record(actor, "MERGED", "customer", String.valueOf(survivor.getId()), null, Json.createObjectBuilder()
                .add("merge", record.getId()).add("merged", merged.getId()).add("identities", identities.size())
                .add("conversations", moved.conversations().size()).build());

        events.publish(CrmEvent.customerMerged(survivor.getId(), merged.getId(), record.getId(), actor,
                new CrmEvent.MergeCounts(identities.size(), moved.conversations().size(), moved.entries().size()), now));
        return record;
    }

    /**
     * Undoes merge {@code mergeId} into customer {@code survivorId}: the identities, conversations and entries it moved
     * go back (with the entries written since into those conversations), the merged customer is active again, and
     * the survivor gets back its tier and name unless they were changed since. What came after the merge (a new
     * identity, a new conversation) stays with the survivor. Refused when the merge was undone already, and when the
     * survivor was itself merged away since: that later merge is to be undone first. Refused too once retention
     * anonymized the customer: what the merge moved has no name any more.
     */
    public CustomerMerge undo(long survivorId, long mergeId, String actor) {
        CustomerMerge merge = em.find(CustomerMerge.class, mergeId, LockModeType.PESSIMISTIC_WRITE);
        if (merge == null || merge.getSurvivorId() != survivorId) {
            throw new NotFoundException("Merge", mergeId + " into customer " + survivorId);
        }
        if (merge.isUndone()) {
            throw new ConflictException("Merge " + mergeId + " was already undone by " + merge.getUndoneBy()
                    + " at " + merge.getUndoneAt());
        }
        Customer survivor = lock(survivorId);
        Customer merged = lock(merge.getMergedId());
        if (survivor.isAnonymized()) {
            throw new ConflictException("Merge " + mergeId + " cannot be undone: customer " + survivorId
                    + " was anonymized by retention at " + survivor.getAnonymizedAt());
        }
        if (survivor.isMerged()) {
            CustomerMerge later = em.createNamedQuery("CustomerMerge.activeOfMerged", CustomerMerge.class)
                    .setParameter("customerId", survivorId).getResultStream().findFirst().orElseThrow();
            throw new ConflictException(survivor.label() + " (customer " + survivorId + ") was merged into customer "
                    + survivor.getMergedInto() + " since (merge " + later.getId() + ", by " + later.getMergedBy() + " at "
                    + later.getMergedAt() + "); undo merge " + later.getId() + " first");
        }
        Instant now = Instant.now();
        merge.undone(actor, now);
        merged.unmergeFrom(survivor, merge);
        em.flush();

        int identities = em.createNamedQuery("Identity.moveBack")
                .setParameter("mergeId", mergeId).setParameter("from", survivor).setParameter("to", merged)
                .executeUpdate();
        ConversationService.Moved moved = conversations.moveBack(mergeId, survivor, merged);

        String what = identities + " identities, " + moved.conversations().size() + " conversations and "
                + moved.entries().size() + " timeline entries";
        conversations.recordSystem(survivor, actor, actor + " undid the merge of " + merged.label() + " (customer "
                + merged.getId() + ", merge " + mergeId + "): " + what + " moved back.", now);
        conversations.recordSystem(merged, actor, actor + " undid the merge into " + survivor.label() + " (customer "
                + survivor.getId() + ", merge " + mergeId + "): " + what + " are back on this profile.", now);

        audit.record(actor, "MERGE_UNDONE", "customer", String.valueOf(survivor.getId()), null, Json.createObjectBuilder()
                .add("merge", mergeId).add("restored", merged.getId()).add("identities", identities).build());
        events.publish(CrmEvent.customerUnmerged(survivor.getId(), merged.getId(), mergeId, actor,
                new CrmEvent.MergeCounts(identities, moved.conversations().size(), moved.entries().size()), now));
        return merge;
    }

    private Customer lock(Long id) {
        Customer customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
