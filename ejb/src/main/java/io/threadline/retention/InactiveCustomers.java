package io.threadline.retention;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.AttachmentStore;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationService;
import io.threadline.conversation.TimelineEntry;
import io.threadline.erp.ErpCustomers;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerMerge;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Customers with no activity since the cutoff, anonymized for good. Inactive means: created before the cutoff, no
 * timeline entry (message, call, note, order, system event) that occurred since, no conversation active since, and
 * no conversation that is not resolved, whenever it was last active. A customer merged into another is anonymized with
 * the one it was merged into.
 */
@Stateless
public class InactiveCustomers {

    static final String AUTHOR = "retention";

    private static final String INACTIVE = "SELECT c.id FROM Customer c WHERE c.mergedInto IS NULL AND c.anonymizedAt IS NULL"
            + " AND c.createdAt < :cutoff"
            + " AND NOT EXISTS (SELECT e.id FROM TimelineEntry e WHERE e.customer = c AND e.occurredAt >= :cutoff)"
            + " AND NOT EXISTS (SELECT v.id FROM Conversation v WHERE v.customer = c AND"
            + " (v.status <> io.threadline.conversation.ConversationStatus.RESOLVED OR v.lastActivityAt >= :cutoff))";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private RetentionRuns runs;

    @EJB
    private ErpCustomers erp;

    @EJB
    private AttachmentStore files;

    @EJB
    private ConversationService conversations;

    @EJB
    private AuditLog audit;

    /** Up to {@code max} ids of customers inactive since {@code cutoff}, above {@code after}, in id order. */
    public List<Long> inactiveSince(Instant cutoff, long after, int max) {
        return em.createQuery(INACTIVE + " AND c.id > :after ORDER BY c.id", Long.class).setParameter("cutoff", cutoff)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    /**
     * Anonymizes the customer (dry run: only records what it would do), in the caller's transaction, if they are still
     * inactive now that they are locked: a message that came meanwhile keeps them.
     */
    public void anonymize(long runId, long customerId) {
        RetentionPolicy policy = runs.policy(runId);
        Instant cutoff = policy.cutoff(RetentionTarget.CUSTOMER).orElseThrow();
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || em.createQuery(INACTIVE + " AND c.id = :id", Long.class).setParameter("cutoff", cutoff)
                .setParameter("id", customerId).getResultList().isEmpty()) {
            return;
        }
        List<Customer> absorbed = absorbedInto(customer);
        List<Long> ids = Stream.concat(Stream.of(customer), absorbed.stream()).map(Customer::getId).toList();
        List<Identity> identities = em.createQuery("SELECT i FROM Identity i WHERE i.customer.id IN :ids", Identity.class)
                .setParameter("ids", ids).getResultList();
        List<Conversation> threads = em.createQuery("SELECT v FROM Conversation v WHERE v.customer.id IN :ids",
                Conversation.class).setParameter("ids", ids).getResultList();
        List<TimelineEntry> entries = em.createQuery("SELECT e FROM TimelineEntry e WHERE e.customer.id IN :ids",
                TimelineEntry.class).setParameter("ids", ids).getResultList();
        Instant lastActivity = Stream.of(Stream.of(customer.getCreatedAt()), entries.stream().map(TimelineEntry::getOccurredAt),
                threads.stream().map(Conversation::getLastActivityAt)).flatMap(s -> s).max(Instant::compareTo).orElseThrow();
        long stored = entries.stream().flatMap(e -> e.getAttachments().stream()).filter(a -> a.getContentId() != null).count();
        List<Long> threadIds = threads.stream().map(Conversation::getId).toList();
        long drafts = threadIds.isEmpty() ? 0 : em.createQuery("SELECT COUNT(d) FROM ReplyDraft d WHERE d.conversationId IN :ids",
                Long.class).setParameter("ids", threadIds).getSingleResult();
        String what = identities.size() + " identities, " + threads.size() + " conversations, " + entries.size()
                + " timeline entries, " + stored + " stored files, " + drafts + " reply drafts"
                + (absorbed.isEmpty() ? "" : ", " + absorbed.size() + " customers merged into it");
        runs.record(runId, RetentionTarget.CUSTOMER, String.valueOf(customerId), "Last active " + lastActivity + ": " + what);
        if (policy.dryRun()) {
            return;
        }

        Instant now = Instant.now();
        absorbed.forEach(c -> c.anonymize(now));
        customer.anonymize(now);
        forget(identities);
        String why = "Removed by retention (run " + runId + ")";
        List<Long> contentIds = new ArrayList<>();
        entries.forEach(e -> contentIds.addAll(e.anonymize(customer.label(), why)));
        threads.forEach(Conversation::anonymize);
        if (drafts > 0) {
            em.createNamedQuery("ReplyDraft.deleteOfConversations").setParameter("conversationIds", threadIds).executeUpdate();
        }
        Set<Long> anonymized = new HashSet<>(ids);
        em.createQuery("SELECT m FROM CustomerMerge m WHERE m.survivorId IN :ids OR m.mergedId IN :ids", CustomerMerge.class)
                .setParameter("ids", ids).getResultList().forEach(m -> m.forgetNamesOf(anonymized));
        files.discard(contentIds);
        conversations.recordSystem(customer, AUTHOR, "Anonymized by retention (run " + runId + "), last active "
                + lastActivity + ": name, identities, texts and files removed for good (" + what + ").", now);
        audit.record(AUTHOR, "ANONYMIZED", "customer", String.valueOf(customerId), null, Json.createObjectBuilder()
                .add("run", runId).add("lastActivity", lastActivity.toString()).add("identities", identities.size())
                .add("conversations", threads.size()).add("timelineEntries", entries.size()).add("storedFiles", stored)
                .add("mergedCustomers", Json.createArrayBuilder(absorbed.stream().map(Customer::getId).toList())).build());
    }

    /**
     * The identities go, so that none of them finds the customer again; an ERP number is kept under a pseudonym, with the
     * orders filed under it. A chat visitor's pre-chat form (name, email) goes with their CHAT identity.
     */
    private void forget(List<Identity> identities) {
        List<String> visitors = identities.stream().filter(i -> i.getType() == IdentityType.CHAT).map(Identity::getValue)
                .toList();
        if (!visitors.isEmpty()) {
            em.createQuery("DELETE FROM ChatVisitor v WHERE v.visitorId IN :visitors").setParameter("visitors", visitors)
                    .executeUpdate();
        }
        for (Identity identity : identities) {
            if (identity.getType() == IdentityType.ERP) {
                String number = identity.getValue();
                erp.renumber(number, identity.pseudonymize());
            } else {
                em.remove(identity);
            }
        }
    }

    /** The customers merged into this one, and into those, and so on. */
    private List<Customer> absorbedInto(Customer survivor) {
        List<Customer> absorbed = new ArrayList<>();
        List<Long> next = List.of(survivor.getId());
        while (!next.isEmpty()) {
            List<Customer> merged = em.createQuery("SELECT c FROM Customer c WHERE c.mergedInto IN :ids", Customer.class)
                    .setParameter("ids", next).getResultList();
            absorbed.addAll(merged);
            next = merged.stream().map(Customer::getId).toList();
        }
        return absorbed;
    }
}
