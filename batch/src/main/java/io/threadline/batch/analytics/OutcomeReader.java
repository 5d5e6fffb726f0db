package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the ids of the conversations whose figures the day decided, in id order. The checkpoint is the last id read:
 * a restart goes on with the ids after it.
 */
@Named
@Dependent
public class OutcomeReader extends AbstractItemReader {

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    private Iterator<Long> ids;
    private Long last;

    @Override
    public void open(Serializable checkpoint) {
        last = (Long) checkpoint;
        ids = store.conversationsConcerning(parameters.start(), parameters.end()).stream()
                .filter(id -> last == null || id > last).iterator();
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext()) {
            return null;
        }
        last = ids.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
