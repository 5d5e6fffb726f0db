package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvItem;
import io.threadline.batch.csv.InvalidRowException;
import io.threadline.erp.ErpInbox;
import io.threadline.shared.InvalidInputException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Maps a record's rows to the ERP's message and has the ERP's inbox check it, so a row is refused for exactly what a
 * message on the ERP queue is refused for, with the column named. Records that changed outside the window are passed over.
 */
@Named
@Dependent
public class ErpRowProcessor implements ItemProcessor {

    @Inject
    ErpImportParameters parameters;

    @EJB
    ErpInbox inbox;

    private ErpRowMapping mapping;

    @Override
    public Object processItem(Object item) throws InvalidRowException {
        if (mapping == null) {
            mapping = parameters.mapping();
        }
        MappedRecord record = mapping.map(((CsvItem) item).rows());
        if (!mapping.changed().contains(record.message().occurredAt())) {
            return null;
        }
        try {
            inbox.validate(record.message());
        } catch (InvalidInputException refusal) {
            throw new InvalidRowException(record.reason(refusal));
        }
        return record.message();
    }
}
