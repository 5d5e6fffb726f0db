package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.InteractionRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one partition's messages and calls in time order, a page at a time. The checkpoint is the last entry read, so
 * a restarted partition goes on after its last committed chunk.
 */
@Named
@Dependent
public class InteractionReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @EJB
    AnalyticsStore store;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    private AnalyticsStore.Cursor cursor;
    private Iterator<InteractionRow> page = List.<InteractionRow>of().iterator();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        cursor = (AnalyticsStore.Cursor) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<InteractionRow> rows = store.interactions(Instant.parse(from), Instant.parse(to), cursor, PAGE);
            exhausted = rows.size() < PAGE;
            page = rows.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        InteractionRow row = page.next();
        cursor = new AnalyticsStore.Cursor(row.occurredAt(), row.entryId());
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor;
    }
}
