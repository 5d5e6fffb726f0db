package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the run's end; its summary becomes the job's exit status. */
@Named
@Dependent
public class FinishRun extends AbstractBatchlet {

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    @Override
    public String process() {
        String summary = runs.finish(parameters.runId()).toString();
        parameters.exitStatus(summary);
        return "FINISHED";
    }
}
