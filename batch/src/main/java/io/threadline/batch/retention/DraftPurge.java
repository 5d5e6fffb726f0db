package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import io.threadline.retention.StaleDrafts;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Deletes the drafts saved before the run's cutoff, a page per transaction; a stop ends it after the current page. */
@Named
@Dependent
public class DraftPurge extends AbstractBatchlet {

    static final int PAGE = 500;

    @EJB
    StaleDrafts drafts;

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    private volatile boolean stopped;

    @Override
    public String process() {
        long run = parameters.runId();
        if (runs.policy(run).cutoff(RetentionTarget.DRAFT).isEmpty()) {
            return "OFF";
        }
        List<Long> page;
        long last = 0;
        do {
            page = drafts.purge(run, last, PAGE);
            last = page.isEmpty() ? last : page.get(page.size() - 1);
        } while (page.size() == PAGE && !stopped);
        return stopped ? "STOPPED" : "PURGED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
