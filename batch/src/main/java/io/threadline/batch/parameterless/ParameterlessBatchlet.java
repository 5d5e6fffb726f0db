package io.threadline.batch.parameterless;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * The one step of a job that takes no parameters: any given fails it before anything is done, named, so that a
 * misspelt option of a later version is not silently ignored; otherwise {@link #run} does the work and says what it
 * did, which becomes the job's exit status.
 */
public abstract class ParameterlessBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    /** Refuses any parameter of the job {@code jobName}, naming the first. */
    public static void check(String jobName, Properties parameters) {
        parameters.stringPropertyNames().stream().sorted().findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Job parameter " + name + " is not one of " + jobName + "'s: it takes none");
        });
    }

    @Override
    public final String process() {
        Properties submitted = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        try {
            check(job.getJobName(), submitted == null ? new Properties() : submitted);
        } catch (IllegalArgumentException e) {
            job.setExitStatus(e.getMessage());
            throw e;
        }
        job.setExitStatus(run(job.getExecutionId()));
        return "DONE";
    }

    /** Does the job's work; what it did, for the exit status. */
    protected abstract String run(long executionId);
}
