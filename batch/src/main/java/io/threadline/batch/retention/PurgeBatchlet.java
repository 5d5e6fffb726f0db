package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * A retention step that deletes what its target's cutoff reaches: nothing when the run's policy turns the target off
 * ({@code OFF}), else {@link #purge} until done ({@code PURGED}) or stopped ({@code STOPPED}).
 */
abstract class PurgeBatchlet extends AbstractBatchlet {

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    private volatile boolean stopped;

    private final RetentionTarget target;

    PurgeBatchlet(RetentionTarget target) {
        this.target = target;
    }

    @Override
    public String process() {
        long run = parameters.runId();
        if (runs.policy(run).cutoff(target).isEmpty()) {
            return "OFF";
        }
        purge(run);
        return stopped ? "STOPPED" : "PURGED";
    }

    /** Deletes what the run's cutoff reaches, checking {@link #isStopped} between transactions. */
    abstract void purge(long run);

    boolean isStopped() {
        return stopped;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
