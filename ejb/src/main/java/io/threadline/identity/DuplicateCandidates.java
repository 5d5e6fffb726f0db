package io.threadline.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs identity-dedupe records ({@link DuplicateCandidate}), in the caller's transaction: weighed one customer at a
 * time, updated by each run that finds them again, removed when a run no longer finds them, decided by a merge or a
 * "not the same person".
 */
@Stateless
public class DuplicateCandidates {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private DuplicateSignals signals;

    /** What weighing customers found: pairs at or above the run's score, of them new ones, and those it would merge. */
    public record Found(int pairs, int recorded, int mergeable) {
        public static final Found NONE = new Found(0, 0, 0);

        public Found plus(Found other) {
            return new Found(pairs + other.pairs, recorded + other.recorded, mergeable + other.mergeable);
        }
    }

    /**
     * Weighs the pairs of an active customer: each other customer the signals find, with the evidence found from both
     * sides, is recorded when its score reaches {@code minScore} (in a dry run only counted). A pair the run weighed
     * already, at the other customer, is passed over, as are the pairs merged or dismissed before.
     */
    public Found weigh(long runId, long customerId, int minScore, Integer autoMergeScore, boolean dryRun) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            return Found.NONE;
        }
        Set<Long> decided = decided(customerId);
        Found found = Found.NONE;
        Instant now = Instant.now();
        for (Map.Entry<Customer, List<DuplicateEvidence>> pair : signals.of(customer).entrySet()) {
            Customer other = pair.getKey();
            if (decided.contains(other.getId())) {
                continue;
            }
            List<DuplicateEvidence> theirs = signals.of(other).getOrDefault(customer, List.of());
            if (other.getId() < customerId && !theirs.isEmpty()) {
                continue;
            }
            List<DuplicateEvidence> evidence = new ArrayList<>(pair.getValue());
            evidence.addAll(theirs);
            int score = DuplicateEvidence.score(evidence);
            if (score < minScore) {
                continue;
            }
            DuplicateCandidate known = pair(customerId, other.getId());
            if (!dryRun) {
                DuplicateCandidate candidate = known != null ? known : new DuplicateCandidate(customerId, other.getId());
                candidate.found(runId, evidence, now);
                if (known == null) {
                    em.persist(candidate);
                }
            }
            boolean mergeable = autoMergeScore != null && score >= autoMergeScore;
            found = found.plus(new Found(1, known == null ? 1 : 0, mergeable ? 1 : 0));
        }
        return found;
    }

    /** Up to {@code max} ids of active customers above {@code afterId}, ascending. */
    public List<Long> activeCustomersAfter(long afterId, int max) {
        return em.createQuery("SELECT c.id FROM Customer c WHERE c.id > :after AND c.mergedInto IS NULL"
                        + " AND c.anonymizedAt IS NULL ORDER BY c.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** How many pairs of run {@code runId} the run merged by itself. */
    public long mergedBy(long runId) {
        return em.createQuery("SELECT COUNT(c) FROM DuplicateCandidate c WHERE c.runId = :run AND c.state = :merged"
                        + " AND c.decidedBy = :actor", Long.class).setParameter("run", runId)
                .setParameter("merged", DuplicateCandidate.State.MERGED).setParameter("actor", DuplicateAutoMerge.ACTOR)
                .getSingleResult();
    }

    /** The open pairs of a customer. */
    public List<DuplicateCandidate> openOf(long customerId) {
        return em.createNamedQuery("DuplicateCandidate.involving", DuplicateCandidate.class)
                .setParameter("customerId", customerId).getResultStream().filter(DuplicateCandidate::isOpen).toList();
    }

    /** The ids of the open pairs run {@code runId} found with a score of at least {@code score}, highest first. */
    public List<Long> mergeable(long runId, int score) {
        return em.createQuery("SELECT c.id FROM DuplicateCandidate c WHERE c.runId = :run AND c.state = :open"
                        + " AND c.score >= :score ORDER BY c.score DESC, c.id", Long.class)
                .setParameter("run", runId).setParameter("open", DuplicateCandidate.State.OPEN)
                .setParameter("score", score).getResultList();
    }

    /** Removes (in a dry run counts) the open pairs that run {@code runId} did not find again. */
    public int removeStale(long runId, boolean dryRun) {
        String which = " FROM DuplicateCandidate c WHERE c.state = :open AND c.runId <> :run";
        if (dryRun) {
            return em.createQuery("SELECT COUNT(c)" + which, Long.class).setParameter("open", DuplicateCandidate.State.OPEN)
                    .setParameter("run", runId).getSingleResult().intValue();
        }
        return em.createQuery("DELETE" + which).setParameter("open", DuplicateCandidate.State.OPEN)
                .setParameter("run", runId).executeUpdate();
    }

    /**
     * Gives up to {@code max} identities stored before match keys existed their key, after identity {@code afterId};
     * the last id read, or 0 when there were none left.
     */
    public long fillMatchKeys(long afterId, int max) {
        List<Identity> page = em.createQuery("SELECT i FROM Identity i WHERE i.id > :after AND i.matchKey IS NULL"
                        + " AND i.type IN :types ORDER BY i.id", Identity.class).setParameter("after", afterId)
                .setParameter("types", List.of(IdentityType.EMAIL, IdentityType.PHONE)).setMaxResults(max).getResultList();
        page.forEach(Identity::fillMatchKey);
        return page.isEmpty() ? 0 : page.get(page.size() - 1).getId();
    }

    /** An agent said "not the same person": an open pair is dismissed. */
    public void dismissed(long one, long other, String by, Instant at) {
        DuplicateCandidate candidate = pair(one, other);
        if (candidate != null && candidate.isOpen()) {
            candidate.decided(DuplicateCandidate.State.DISMISSED, by, at);
        }
    }

    /**
     * Customer {@code mergedId} was merged into {@code survivorId}: their pair is merged (and stays so when the merge is
     * undone: the job never merges it again), the merged customer's other open pairs go, as it is no candidate any more.
     */
    public void merged(long survivorId, long mergedId, String by, Instant at) {
        DuplicateCandidate candidate = pair(survivorId, mergedId);
        if (candidate != null) {
            candidate.decided(DuplicateCandidate.State.MERGED, by, at);
        }
        openOf(mergedId).stream().filter(c -> c != candidate).forEach(em::remove);
    }

    private DuplicateCandidate pair(long one, long other) {
        return em.createNamedQuery("DuplicateCandidate.ofPair", DuplicateCandidate.class)
                .setParameter("low", Math.min(one, other)).setParameter("high", Math.max(one, other))
                .getResultStream().findFirst().orElse(null);
    }

    /** The customers never to pair with this one again: dismissed, or merged with it before. */
    private Set<Long> decided(long customerId) {
        Set<Long> decided = new HashSet<>();
        em.createNamedQuery("MergeSuggestionDismissal.involving", MergeSuggestionDismissal.class)
                .setParameter("customerId", customerId).getResultStream().forEach(d -> decided.add(d.otherThan(customerId)));
        em.createNamedQuery("DuplicateCandidate.involving", DuplicateCandidate.class).setParameter("customerId", customerId)
                .getResultStream().filter(c -> !c.isOpen()).forEach(c -> decided.add(c.otherThan(customerId)));
        return decided;
    }
}
