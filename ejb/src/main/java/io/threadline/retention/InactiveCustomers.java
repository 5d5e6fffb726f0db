package io.threadline.retention;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.ConversationService;
import io.threadline.identity.Customer;
import io.threadline.privacy.Anonymization;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

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
    private Anonymization anonymization;

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
        Anonymization.Survey survey = anonymization.survey(customer);
        runs.record(runId, RetentionTarget.CUSTOMER, String.valueOf(customerId),
                "Last active " + survey.lastActivity() + ": " + survey.described());
        if (policy.dryRun()) {
            return;
        }
        anonymization.apply(survey, "Removed by retention (run " + runId + ")");
        conversations.recordSystem(customer, AUTHOR, "Anonymized by retention (run " + runId + "), last active "
                + survey.lastActivity() + ": name, identities, texts and files removed for good (" + survey.described() + ").",
                Instant.now());
        audit.record(AUTHOR, "ANONYMIZED", "customer", String.valueOf(customerId), null,
                Json.createObjectBuilder(survey.counts()).add("run", runId).build());
    }
}
