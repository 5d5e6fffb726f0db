package io.threadline.batch.retention;

import io.threadline.retention.OldAttachments;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/** The ids of the timeline entries before the run's attachment cutoff that still have stored files. */
@Named
@Dependent
public class OldAttachmentReader extends IdPageReader {

    @EJB
    OldAttachments attachments;

    @Override
    protected RetentionTarget target() {
        return RetentionTarget.ATTACHMENT;
    }

    @Override
    protected List<Long> page(Instant cutoff, long after, int max) {
        return attachments.entriesBefore(cutoff, after, max);
    }
}
