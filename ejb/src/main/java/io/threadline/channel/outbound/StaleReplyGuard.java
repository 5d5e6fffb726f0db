package io.threadline.channel.outbound;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.Direction;
import io.threadline.conversation.EntryType;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.Customer;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds a reply written on an out-of-date screen: if the customer wrote (or called) again, or another agent replied
 * (or scheduled a reply that still stands), after the newest entry the agent had seen ({@code seenUpTo}), sending now would talk past them. "After" goes by
 * when entries were written here ({@code recordedAt}), not by entry id: ids come from a sequence that each server
 * allocates in blocks, so they do not follow time across servers.
 */
@Dependent
public class StaleReplyGuard {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** Refuses with a {@link ConflictException} naming what is new; no {@code seenUpTo} means no check. */
    public void requireNothingNewSince(Conversation conversation, Long seenUpTo, String author) {
        if (seenUpTo == null) {
            return;
        }
        Customer customer = conversation.getCustomer();
        TimelineEntry seen = em.find(TimelineEntry.class, seenUpTo);
        if (seen == null || !seen.getCustomer().getId().equals(customer.getId())) {
            throw new InvalidInputException("seenUpTo", "entry " + seenUpTo + " is not on the timeline of " + customer.label());
        }
        List<TimelineEntry> unseen = em.createNamedQuery("TimelineEntry.newForReplier", TimelineEntry.class)
                .setParameter("customer", customer).setParameter("after", seen.getRecordedAt())
                .setParameter("author", author).getResultList();
        if (!unseen.isEmpty()) {
            throw new ConflictException(describe(customer, unseen));
        }
    }

    private static List<String> authorsOf(List<TimelineEntry> unseen, boolean scheduled) {
        return unseen.stream().filter(e -> e.getDirection() == Direction.OUTBOUND)
                .filter(e -> (e.getDeliveryStatus() == DeliveryStatus.SCHEDULED) == scheduled)
                .map(TimelineEntry::getAuthor).distinct().toList();
    }

    /** "Nora Quinn wrote again and bob replied while you were typing — read them first" */
    static String describe(Customer customer, List<TimelineEntry> unseen) {
        List<String> what = new ArrayList<>();
        if (unseen.stream().anyMatch(e -> e.getDirection() == Direction.INBOUND && e.getType() != EntryType.CALL)) {
            what.add(customer.label() + " wrote again");
        }
        if (unseen.stream().anyMatch(e -> e.getDirection() == Direction.INBOUND && e.getType() == EntryType.CALL)) {
            what.add(customer.label() + " called");
        }
        List<String> replied = authorsOf(unseen, false);
        if (!replied.isEmpty()) {
            what.add(String.join(" and ", replied) + " replied");
        }
        List<String> scheduled = authorsOf(unseen, true);
        if (!scheduled.isEmpty()) {
            what.add(String.join(" and ", scheduled) + " scheduled a reply");
        }
        return String.join(" and ", what) + " while you were typing — read " + (unseen.size() == 1 ? "it" : "them")
                + " first (" + unseen.size() + (unseen.size() == 1 ? " new entry" : " new entries") + ")";
    }
}
