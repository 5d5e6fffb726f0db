package io.threadline.retention;

import io.threadline.composer.ReplyDraft;
import io.threadline.conversation.Conversation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Reply drafts nobody touched since the cutoff: an agent's unsent words do not outlive the retention period. (Drafts in
 * an anonymized customer's conversations go with the customer, whenever they were saved.)
 */
@Stateless
public class StaleDrafts {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private RetentionRuns runs;

    /**
     * Deletes (dry run: only records) up to {@code max} drafts saved before the run's cutoff with ids above
     * {@code after}, in a transaction of their own; their ids, to go on after the last.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> purge(long runId, long after, int max) {
        RetentionPolicy policy = runs.policy(runId);
        List<ReplyDraft> drafts = em.createNamedQuery("ReplyDraft.savedBefore", ReplyDraft.class)
                .setParameter("before", policy.cutoff(RetentionTarget.DRAFT).orElseThrow()).setParameter("after", after)
                .setMaxResults(max).getResultList();
        for (ReplyDraft draft : drafts) {
            if (policy.dryRun() && runs.anonymizes(runId, customerOf(draft))) {
                continue;
            }
            runs.record(runId, RetentionTarget.DRAFT, String.valueOf(draft.getId()), "Draft of " + draft.getAuthor()
                    + " in conversation " + draft.getConversationId() + ", saved at " + draft.getSavedAt());
            if (!policy.dryRun()) {
                em.remove(draft);
            }
        }
        return drafts.stream().map(ReplyDraft::getId).toList();
    }

    private long customerOf(ReplyDraft draft) {
        return em.find(Conversation.class, draft.getConversationId()).getCustomer().getId();
    }
}
