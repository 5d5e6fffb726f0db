package io.threadline.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * identity-dedupe merges a pair by itself, in a transaction of its own: the newer customer into the older, through the
 * merge agents use, so it is audited, on both timelines (by {@value #ACTOR}) and undone like any merge.
 */
@Stateless
public class DuplicateAutoMerge {

    public static final String ACTOR = "identity-dedupe";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private CustomerMergeService merges;

    /** Merges the pair when it is still open and both customers are still active; whether it did. */
    public boolean merge(long candidateId) {
        DuplicateCandidate candidate = em.find(DuplicateCandidate.class, candidateId);
        if (candidate == null || !candidate.isOpen()) {
            return false;
        }
        Customer older = em.find(Customer.class, candidate.getLowId());
        Customer newer = em.find(Customer.class, candidate.getHighId());
        if (older.isMerged() || older.isAnonymized() || newer.isMerged() || newer.isAnonymized()) {
            return false;
        }
        merges.merge(older.getId(), newer.getId(), ACTOR);
        return true;
    }
}
