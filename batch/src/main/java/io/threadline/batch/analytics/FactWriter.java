package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.FactTally;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** Writes hours' facts to the run in the chunk's transaction, with the checkpoint after them. */
@Named
@Dependent
public class FactWriter extends AbstractItemWriter {

    @EJB
    AnalyticsStore store;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(hour -> store.insert((FactTally) hour));
    }
}
