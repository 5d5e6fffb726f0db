package io.threadline.identity;

import io.threadline.conversation.TimelineQueries;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Read side of merges: the preview of a merge before it is done, and the merges into a customer afterwards. */
@Stateless
public class MergeRecords {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private CustomerDirectory directory;

    @EJB
    private TimelineQueries timelines;

    /** What merging {@code mergedId} into {@code survivorId} would move; refused (409, 404) as the merge would be. */
    public MergePreview preview(long survivorId, long mergedId) {
        Customer survivor = find(survivorId);
        Customer merged = find(mergedId);
        merged.checkMergeableInto(survivor);
        CustomerView survivorView = directory.profile(survivorId).orElseThrow();
        CustomerView mergedView = directory.profile(mergedId).orElseThrow();
        Map<Long, Long> entriesPerConversation = timelines.entryCountsByConversation(mergedId);
        List<MergePreview.MovingConversation> moving = mergedView.conversations().stream()
                .map(c -> new MergePreview.MovingConversation(c, entriesPerConversation.getOrDefault(c.id(), 0L)))
                .toList();
        long entries = entriesPerConversation.values().stream().mapToLong(Long::longValue).sum();
        boolean vip = survivor.getTier() == CustomerTier.VIP || merged.getTier() == CustomerTier.VIP;
        String nameAfter = survivor.getDisplayName() != null ? survivor.getDisplayName() : merged.label();
        TreeSet<String> tags = new TreeSet<>();
        mergedView.conversations().forEach(c -> tags.addAll(c.tags()));
        return new MergePreview(survivorView, mergedView, mergedView.identities(), moving, entries,
                (vip ? CustomerTier.VIP : CustomerTier.STANDARD).name(), nameAfter, tags);
    }

    /** The merges into this customer, newest first, undone ones included. */
    public List<MergeView> mergesInto(long customerId) {
        return em.createNamedQuery("CustomerMerge.intoSurvivor", CustomerMerge.class)
                .setParameter("customerId", customerId).getResultStream().map(MergeView::of).toList();
    }

    private Customer find(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
