package io.threadline.batch.customerimport;

import io.threadline.identity.CustomerImportService;
import io.threadline.identity.ImportedCustomer;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** Imports a chunk of customers in the chunk's transaction, which also commits the reader's checkpoint. */
@Named
@Dependent
public class CustomerImportWriter extends AbstractItemWriter {

    @EJB
    CustomerImportService imports;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            imports.importCustomer((ImportedCustomer) item);
        }
    }
}
