package io.threadline.batch.retention;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.retention.OldDeadLetters;
import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Purges the dead letters of every queue older than the run's cutoff, one per transaction; a stop ends it at once. */
@Named
@Dependent
public class DeadLetterPurge extends AbstractBatchlet {

    @EJB
    OldDeadLetters deadLetters;

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    private volatile boolean stopped;

    @Override
    public String process() {
        long run = parameters.runId();
        if (runs.policy(run).cutoff(RetentionTarget.DEAD_LETTER).isEmpty()) {
            return "OFF";
        }
        for (DeadLetterQueue queue : DeadLetterQueue.values()) {
            for (DeadLetter letter : deadLetters.of(run, queue)) {
                if (stopped) {
                    return "STOPPED";
                }
                deadLetters.purge(run, queue, letter);
            }
        }
        return "PURGED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
