package io.threadline.batch.retention;

import io.threadline.retention.InactiveCustomers;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Anonymizes a chunk of customers (dry run: records them) in the chunk's transaction, with the reader's checkpoint. */
@Named
@Dependent
public class CustomerAnonymizer extends AbstractItemWriter {

    @EJB
    InactiveCustomers customers;

    @Inject
    RetentionParameters parameters;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            customers.anonymize(parameters.runId(), (Long) id);
        }
    }
}
