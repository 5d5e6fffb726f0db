package io.threadline.batch.dedupe;

import io.threadline.identity.dedupe.DedupePolicy;
import io.threadline.identity.dedupe.DedupeSettings;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * The job parameters of identity-dedupe, read as they were submitted (not through the job XML), so that an unknown one
 * is refused too. The run is the job instance: a restart goes on with the policy recorded when the run started.
 */
@Dependent
public class DedupeParameters {

    @Inject
    JobContext job;

    @Inject
    DedupeSettings settings;

    /** Checks the parameters of a start before it is made, so that the operator page names a wrong one and nothing starts. */
    public static void check(Properties parameters, DedupeSettings settings) {
        DedupePolicy.of(parameters, settings.configured());
    }

    DedupePolicy policy() {
        Properties submitted = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return DedupePolicy.of(submitted == null ? new Properties() : submitted, settings.configured());
    }

    long runId() {
        return job.getInstanceId();
    }

    /** The job's exit status, which Liberty's batch REST API shows with the instance's executions. */
    void exitStatus(String status) {
        job.setExitStatus(status);
    }
}
