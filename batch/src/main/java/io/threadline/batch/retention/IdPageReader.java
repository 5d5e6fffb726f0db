package io.threadline.batch.retention;

import jakarta.batch.api.chunk.AbstractItemReader;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads ids in ascending order a page at a time. The checkpoint is the last id read, so a restart goes on after the
 * last committed chunk; paging by id, not by offset, also holds in a dry run, where nothing read goes away.
 */
public abstract class IdPageReader extends AbstractItemReader {

    static final int PAGE = 500;

    private long last;
    private Iterator<Long> page = List.<Long>of().iterator();
    private boolean exhausted;

    /** Up to {@code max} ids above {@code after}, ascending; none when the step's target is off. */
    protected abstract List<Long> page(long after, int max);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<Long> ids = page(last, PAGE);
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
