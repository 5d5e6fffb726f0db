package io.threadline.privacy;

import io.threadline.conversation.AttachmentStore;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.erp.ErpCustomers;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerMerge;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Anonymizing a customer for good, for the retention policy or on the customer's request: their name, identities,
 * texts and files go, with those of every customer merged into them (the same person); what happened (types, times,
 * channels, statuses, SLA figures, CSAT scores, orders under a pseudonym) stays, so the reports' facts stay true.
 * Callers lock the customer, {@link #survey} it, and {@link #apply} the survey in the same transaction.
 */
@Stateless
public class Anonymization {

    /** What anonymizing the customer removes, read in the caller's transaction. */
    public static final class Survey {
        private final Customer customer;
        private final List<Customer> absorbed;
        private final List<Identity> identities;
        private final List<Conversation> threads;
        private final List<TimelineEntry> entries;
        private final Instant lastActivity;
        private final long storedFiles;
        private final long drafts;

        private Survey(Customer customer, List<Customer> absorbed, List<Identity> identities, List<Conversation> threads,
                       List<TimelineEntry> entries, long drafts) {
            this.customer = customer;
            this.absorbed = absorbed;
            this.identities = identities;
            this.threads = threads;
            this.entries = entries;
            this.drafts = drafts;
            this.lastActivity = Stream.of(Stream.of(customer.getCreatedAt()), entries.stream().map(TimelineEntry::getOccurredAt),
                    threads.stream().map(Conversation::getLastActivityAt)).flatMap(s -> s).max(Instant::compareTo).orElseThrow();
            this.storedFiles = entries.stream().flatMap(e -> e.getAttachments().stream()).filter(a -> a.getContentId() != null).count();
        }

        public Customer customer() {
            return customer;
        }

        public Instant lastActivity() {
            return lastActivity;
        }

        /** "3 identities, 2 conversations, 9 timeline entries, 1 stored files, 0 reply drafts[, 1 customers merged into it]". */
        public String described() {
            return identities.size() + " identities, " + threads.size() + " conversations, " + entries.size()
                    + " timeline entries, " + storedFiles + " stored files, " + drafts + " reply drafts"
                    + (absorbed.isEmpty() ? "" : ", " + absorbed.size() + " customers merged into it");
        }

        /** The counts as the audit entry records them, never who the customer was. */
        public JsonObject counts() {
            return Json.createObjectBuilder().add("lastActivity", lastActivity.toString()).add("identities", identities.size())
                    .add("conversations", threads.size()).add("timelineEntries", entries.size()).add("storedFiles", storedFiles)
                    .add("mergedCustomers", Json.createArrayBuilder(absorbed.stream().map(Customer::getId).toList())).build();
        }

        private List<Long> customerIds() {
            return Stream.concat(Stream.of(customer), absorbed.stream()).map(Customer::getId).toList();
        }

        private List<Long> threadIds() {
            return threads.stream().map(Conversation::getId).toList();
        }
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ErpCustomers erp;

    @EJB
    private AttachmentStore files;

    /** Reads what anonymizing the (locked) customer would remove. */
    public Survey survey(Customer customer) {
        List<Customer> absorbed = absorbedInto(customer);
        List<Long> ids = Stream.concat(Stream.of(customer), absorbed.stream()).map(Customer::getId).toList();
        List<Identity> identities = em.createQuery("SELECT i FROM Identity i WHERE i.customer.id IN :ids", Identity.class)
                .setParameter("ids", ids).getResultList();
        List<Conversation> threads = em.createQuery("SELECT v FROM Conversation v WHERE v.customer.id IN :ids",
                Conversation.class).setParameter("ids", ids).getResultList();
        List<TimelineEntry> entries = em.createQuery("SELECT e FROM TimelineEntry e WHERE e.customer.id IN :ids",
                TimelineEntry.class).setParameter("ids", ids).getResultList();
        List<Long> threadIds = threads.stream().map(Conversation::getId).toList();
        long drafts = threadIds.isEmpty() ? 0 : em.createQuery("SELECT COUNT(d) FROM ReplyDraft d WHERE d.conversationId IN :ids",
                Long.class).setParameter("ids", threadIds).getSingleResult();
        return new Survey(customer, absorbed, identities, threads, entries, drafts);
    }

    /**
     * Anonymizes what the survey found, in the caller's transaction; {@code why} stands in every text and file removed
     * ("Removed by retention (run 41)").
     */
    public void apply(Survey survey, String why) {
        Instant now = Instant.now();
        survey.absorbed.forEach(c -> c.anonymize(now));
        survey.customer.anonymize(now);
        forget(survey.identities);
        List<Long> contentIds = new ArrayList<>();
        survey.entries.forEach(e -> contentIds.addAll(e.anonymize(survey.customer.label(), why)));
        survey.threads.forEach(Conversation::anonymize);
        if (survey.drafts > 0) {
            em.createNamedQuery("ReplyDraft.deleteOfConversations").setParameter("conversationIds", survey.threadIds()).executeUpdate();
        }
        Set<Long> anonymized = new HashSet<>(survey.customerIds());
        em.createQuery("SELECT m FROM CustomerMerge m WHERE m.survivorId IN :ids OR m.mergedId IN :ids", CustomerMerge.class)
                .setParameter("ids", survey.customerIds()).getResultList().forEach(m -> m.forgetNamesOf(anonymized));
        files.discard(contentIds);
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
