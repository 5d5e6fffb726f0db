package io.threadline.batch.retention;

import io.threadline.retention.OldAttachments;
import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The ids of the timeline entries before the run's attachment cutoff that still have stored files. */
@Named
@Dependent
public class OldAttachmentReader extends IdPageReader {

    @EJB
    OldAttachments attachments;

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    @Override
    protected List<Long> page(long after, int max) {
        return runs.policy(parameters.runId()).cutoff(RetentionTarget.ATTACHMENT)
                .map(cutoff -> attachments.entriesBefore(cutoff, after, max)).orElse(List.of());
    }
}
