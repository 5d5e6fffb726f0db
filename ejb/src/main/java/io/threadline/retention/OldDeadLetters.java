package io.threadline.retention;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.channel.DeadLetters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;

/**
 * Dead letters older than the cutoff: after the period nobody will replay them, and their bodies hold customers'
 * messages. The record names each by its message id, queue and time, never by its content or reason (which may quote
 * the message).
 */
@Stateless
public class OldDeadLetters {

    @EJB
    private DeadLetters deadLetters;

    @EJB
    private RetentionRuns runs;

    /** The dead letters of {@code queue} past the run's cutoff, all of them. */
    public List<DeadLetter> of(long runId, DeadLetterQueue queue) {
        return deadLetters.olderThan(queue, runs.policy(runId).cutoff(RetentionTarget.DEAD_LETTER).orElseThrow(),
                Integer.MAX_VALUE);
    }

    /**
     * Purges (dry run: only records) one dead letter, in a transaction of its own; one replayed or purged meanwhile is
     * passed over.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge(long runId, DeadLetterQueue queue, DeadLetter letter) {
        if (!runs.policy(runId).dryRun() && !deadLetters.discard(queue, letter.messageId())) {
            return;
        }
        runs.record(runId, RetentionTarget.DEAD_LETTER, letter.messageId(), "Dead letter of the " + queue.wireName()
                + " queue" + (letter.failedAt() == null ? "" : ", failed at " + letter.failedAt())
                + (letter.attempts() > 0 ? " after " + letter.attempts() + " attempts" : ""));
    }
}
