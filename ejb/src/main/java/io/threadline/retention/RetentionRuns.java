package io.threadline.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The record of retention runs: each run's policy, and what it did, written in the caller's transaction. */
@Stateless
public class RetentionRuns {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /**
     * Records the start of run {@code runId} with {@code policy}; a run that started before (a restart) keeps the
     * policy it started with, which is returned.
     */
    public RetentionPolicy open(long runId, RetentionPolicy policy) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        if (run == null) {
            run = new RetentionRun(runId, policy, Instant.now());
            em.persist(run);
        }
        return run.policy();
    }

    public RetentionPolicy policy(long runId) {
        return find(runId).policy();
    }

    public void record(long runId, RetentionTarget target, String subject, String detail) {
        em.persist(new RetentionAction(runId, target, subject, detail, Instant.now()));
    }

    /**
     * Whether the run anonymizes (or, in a dry run, would anonymize) the customer: a dry run's later steps pass over
     * what anonymizing removes, so that it lists exactly what a real run would do.
     */
    public boolean anonymizes(long runId, long customerId) {
        return !em.createNamedQuery("RetentionAction.ofSubject", Long.class).setParameter("runId", runId)
                .setParameter("target", RetentionTarget.CUSTOMER).setParameter("subject", String.valueOf(customerId))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The run is over: what it did, counted. */
    public RetentionSummary finish(long runId) {
        RetentionRun run = find(runId);
        run.finished(Instant.now());
        return new RetentionSummary(run.policy(), counts(List.of(runId)).getOrDefault(runId, Map.of()));
    }

    /** The newest {@code limit} runs, without their actions. */
    public List<RetentionRunView> newest(int limit) {
        List<RetentionRun> runs = em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.startedAt DESC, r.id DESC",
                RetentionRun.class).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RetentionTarget, Long>> counts = counts(runs.stream().map(RetentionRun::getId).toList());
        return runs.stream().map(r -> view(r, counts.getOrDefault(r.getId(), Map.of()), null)).toList();
    }

    /** A run with up to {@code limit} of its actions after action {@code afterAction} (0: from its first). */
    public Optional<RetentionRunView> run(long runId, long afterAction, int limit) {
        return Optional.ofNullable(em.find(RetentionRun.class, runId)).map(run -> view(run,
                counts(List.of(runId)).getOrDefault(runId, Map.of()),
                em.createNamedQuery("RetentionAction.ofRun", RetentionAction.class).setParameter("runId", runId)
                        .setParameter("after", afterAction).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)))
                        .getResultStream().map(RetentionAction::view).toList()));
    }

    private RetentionRun find(long runId) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        if (run == null) {
            throw new IllegalStateException("Retention run " + runId + " has no record: its first step did not complete");
        }
        return run;
    }

    private Map<Long, Map<RetentionTarget, Long>> counts(List<Long> runIds) {
        Map<Long, Map<RetentionTarget, Long>> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("RetentionAction.counts", Object[].class).setParameter("runIds", runIds)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(RetentionTarget.class))
                    .put((RetentionTarget) row[1], (Long) row[2]);
        }
        return counts;
    }

    private static RetentionRunView view(RetentionRun run, Map<RetentionTarget, Long> counts,
                                         List<RetentionRunView.ActionView> actions) {
        return new RetentionRunView(run.getId(), run.policy(), run.getStartedAt(), run.getFinishedAt(), counts, actions);
    }
}
