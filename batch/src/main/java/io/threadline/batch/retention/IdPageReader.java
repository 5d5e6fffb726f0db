package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the ids of one target's items past the run's cutoff, ascending, a page at a time; none when the run leaves the
 * target alone. The checkpoint is the last id read, so a restart goes on after the last committed chunk; paging by id,
 * not by offset, also holds in a dry run, where nothing read goes away.
 */
public abstract class IdPageReader extends AbstractItemReader {

    static final int PAGE = 500;

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    private Instant cutoff;
    private long last;
    private Iterator<Long> page = List.<Long>of().iterator();
    private boolean exhausted;

    protected abstract RetentionTarget target();

    /** Up to {@code max} ids of items past {@code cutoff} above {@code after}, ascending. */
    protected abstract List<Long> page(Instant cutoff, long after, int max);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
        cutoff = runs.policy(parameters.runId()).cutoff(target()).orElse(null);
        exhausted = cutoff == null;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<Long> ids = page(cutoff, last, PAGE);
            exhausted = ids.size() < PAGE;
            page = ids.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        last = page.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
