package io.threadline.batch.retention;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.retention.OldDeadLetters;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Purges the dead letters of every queue older than the run's cutoff, one per transaction; a stop ends it at once. */
@Named
@Dependent
public class DeadLetterPurge extends PurgeBatchlet {

    @EJB
    OldDeadLetters deadLetters;

    public DeadLetterPurge() {
        super(RetentionTarget.DEAD_LETTER);
    }

    @Override
    void purge(long run) {
        for (DeadLetterQueue queue : DeadLetterQueue.values()) {
            for (DeadLetter letter : deadLetters.of(run, queue)) {
                if (isStopped()) {
                    return;
                }
                deadLetters.purge(run, queue, letter);
            }
        }
    }
}
