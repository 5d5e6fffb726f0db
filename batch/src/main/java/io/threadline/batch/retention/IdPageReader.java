package io.threadline.batch.retention;

import io.threadline.batch.paging.IdKeysetReader;
import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Reads the ids of one target's items past the run's cutoff, ascending; none when the run leaves the target alone. */
public abstract class IdPageReader extends IdKeysetReader {

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    private Instant cutoff;

    protected abstract RetentionTarget target();

    /** Up to {@code max} ids of items past {@code cutoff} above {@code after}, ascending. */
    protected abstract List<Long> page(Instant cutoff, long after, int max);

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        cutoff = runs.policy(parameters.runId()).cutoff(target()).orElse(null);
    }

    @Override
    protected List<Long> page(long after, int max) {
        return cutoff == null ? List.of() : page(cutoff, after, max);
    }
}
