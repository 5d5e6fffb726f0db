package io.threadline.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The claimed due times of the schedules, each in a transaction of its own so a claim is seen by every server at once. */
@Stateless
public class ScheduledRuns {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /**
     * Claims the job's due time for this server. The unique key on job and due time decides, in the database every
     * server shares: when another server claimed it first, the insert fails and this transaction rolls back (the
     * caller gets an EJBException and leaves the due time to the other server).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long claim(String job, Instant dueAt, ScheduledRun.Outcome outcome, String detail, String server) {
        ScheduledRun run = new ScheduledRun(job, dueAt, outcome, detail, server, Instant.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long runId, long executionId) {
        em.find(ScheduledRun.class, runId).started(executionId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outcome(long runId, ScheduledRun.Outcome outcome, String detail) {
        em.find(ScheduledRun.class, runId).outcome(outcome, detail);
    }

    public Optional<Instant> latestDue(String job) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(r.dueAt) FROM ScheduledRun r WHERE r.job = :job", Instant.class)
                .setParameter("job", job).getSingleResult());
    }

    public List<ScheduledRun> recent(String job, int max) {
        return em.createNamedQuery("ScheduledRun.ofJob", ScheduledRun.class).setParameter("job", job)
                .setMaxResults(max).getResultList();
    }
}
