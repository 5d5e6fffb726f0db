package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A retention step that deletes what its target's cutoff reaches: nothing when the run's policy turns the target off
 * ({@code OFF}), else {@link #purge} until done ({@code PURGED}) or stopped ({@code STOPPED}).
 */
abstract class PurgeBatchlet extends AbstractBatchlet {

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    static final int PAGE = 500;

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

    /** One page of deletions in a transaction of its own: up to {@code max} ids above {@code after}, the ids gone through. */
    interface Page {
        List<Long> purge(long run, long after, int max);
    }

    /** Deletes {@link #PAGE} at a time until a page comes back short or the step is stopped. */
    void inPages(long run, Page page) {
        List<Long> done;
        long last = 0;
        do {
            done = page.purge(run, last, PAGE);
            last = done.isEmpty() ? last : done.get(done.size() - 1);
        } while (done.size() == PAGE && !isStopped());
    }

    boolean isStopped() {
        return stopped;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
