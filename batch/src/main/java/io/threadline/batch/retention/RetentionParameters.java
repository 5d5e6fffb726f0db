package io.threadline.batch.retention;

import io.threadline.retention.RetentionPolicy;
import io.threadline.retention.RetentionSettings;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Properties;

/**
 * The job parameters of retention, read as they were submitted (not through the job XML), so that an unknown one is
 * refused too. The run is the job instance: a restart goes on with the policy recorded when the run started.
 */
@Dependent
public class RetentionParameters {

    @Inject
    JobContext job;

    @Inject
    RetentionSettings settings;

    /** The policy the parameters ask for over the configured periods; a wrong parameter is refused, naming it. */
    public RetentionPolicy policy() {
        Properties submitted = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return RetentionPolicy.of(submitted == null ? new Properties() : submitted, settings.periods(), settings.zone(),
                Instant.now());
    }

    public long runId() {
        return job.getInstanceId();
    }

    /** The job's exit status, which Liberty's batch REST API shows with the instance's executions. */
    public void exitStatus(String status) {
        job.setExitStatus(status);
    }
}
