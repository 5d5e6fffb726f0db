package io.threadline.identity.dedupe;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of identity-dedupe runs, written in the caller's transaction. */
@Stateless
public class DedupeRuns {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /**
     * Records the start of run {@code runId} with {@code policy}; a run that started before (a restart) keeps the policy
     * it started with, which is returned.
     */
    public DedupePolicy open(long runId, DedupePolicy policy) {
        DedupeRun run = em.find(DedupeRun.class, runId);
        if (run == null) {
            run = new DedupeRun(runId, policy, Instant.now());
            em.persist(run);
        }
        return run.policy();
    }

    public DedupePolicy policy(long runId) {
        return find(runId).policy();
    }

    /** Counts a chunk: customers read, pairs found, new, and (dry run) to merge. */
    public void read(long runId, long customers, long found, long recorded, long mergeable) {
        em.find(DedupeRun.class, runId, LockModeType.PESSIMISTIC_WRITE).read(customers, found, recorded, mergeable);
    }

    /** The run is over: what it did, in words. */
    public String finish(long runId, long merged, long removed) {
        DedupeRun run = find(runId);
        run.finished(merged, removed, Instant.now());
        return run.summary();
    }

    /** The newest {@code limit} runs, as admins read them. */
    public List<JsonObject> newest(int limit) {
        return em.createQuery("SELECT r FROM DedupeRun r ORDER BY r.startedAt DESC, r.id DESC", DedupeRun.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultStream().map(DedupeRun::toJson).toList();
    }

    public Optional<JsonObject> run(long runId) {
        return Optional.ofNullable(em.find(DedupeRun.class, runId)).map(DedupeRun::toJson);
    }

    private DedupeRun find(long runId) {
        DedupeRun run = em.find(DedupeRun.class, runId);
        if (run == null) {
            throw new IllegalStateException("identity-dedupe run " + runId + " has no record: its first step did not complete");
        }
        return run;
    }
}
