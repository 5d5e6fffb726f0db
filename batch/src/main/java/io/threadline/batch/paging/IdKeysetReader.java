package io.threadline.batch.paging;

import jakarta.batch.api.chunk.AbstractItemReader;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads ids ascending, a page at a time, each page starting after the last id read (keyset paging: no offset, so it also
 * holds where nothing read goes away, as in a dry run). The checkpoint is the last id read, so a restart goes on after
 * the last committed chunk.
 */
public abstract class IdKeysetReader extends AbstractItemReader {

    static final int PAGE = 500;

    private long last;
    private Iterator<Long> page = List.<Long>of().iterator();
    private boolean exhausted;

    /** Up to {@code max} ids above {@code after}, ascending. */
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
