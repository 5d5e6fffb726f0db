package io.threadline.batch.erpimport;

import io.threadline.erp.ErpInbox;
import io.threadline.erp.ErpMessage;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies a chunk's messages through the ERP's inbox in the chunk's transaction, which also commits the reader's
 * checkpoint. A transient failure of the database is handed to the batch runtime as one it retries.
 */
@Named
@Dependent
public class ErpImportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ErpImportWriter.class.getName());

    @EJB
    ErpInbox inbox;

    @Override
    public void writeItems(List<Object> items) {
        try {
            inbox.processAll(items.stream().map(ErpMessage.class::cast).toList(), Instant.now());
        } catch (RuntimeException e) {
            if (!TransientDatabaseException.isCauseOf(e)) {
                throw e;
            }
            LOG.warning("The chunk is rolled back and retried after a transient failure of the database: " + e);
            throw new TransientDatabaseException(e);
        }
    }
}
