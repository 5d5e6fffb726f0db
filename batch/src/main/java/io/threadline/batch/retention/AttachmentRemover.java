package io.threadline.batch.retention;

import io.threadline.retention.OldAttachments;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Deletes the stored files of a chunk of timeline entries (dry run: records them) in the chunk's transaction. */
@Named
@Dependent
public class AttachmentRemover extends AbstractItemWriter {

    @EJB
    OldAttachments attachments;

    @Inject
    RetentionParameters parameters;

    @Override
    public void writeItems(List<Object> items) {
        for (Object entryId : items) {
            attachments.remove(parameters.runId(), (Long) entryId);
        }
    }
}
