package io.threadline.scheduling;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts, restarts and stops the batch jobs for the operator page. It is implemented in the batch module, where the
 * job definitions are (Jakarta Batch finds a job's XML through the module that starts it); it runs as the caller, so
 * Liberty's batch roles decide who may. A job's parameters are checked before it starts: a wrong one is refused with
 * an {@link IllegalArgumentException} naming it, and nothing starts.
 */
public interface JobLauncher {

    String JNDI_NAME = "java:global/threadline/threadline-batch/BatchJobLauncher!io.threadline.scheduling.JobLauncher";

    /** The launcher of the deployed batch module. */
    static JobLauncher deployed() {
        try {
            return (JobLauncher) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The batch module's job launcher is not deployed: " + e.getMessage(), e);
        }
    }

    /** The new execution's id; a job the batch module does not have is refused with a {@code NoSuchJobException}. */
    long start(String job, Properties parameters);

    /** Restarts a failed or stopped execution with its own parameters, changed where {@code parameters} says. */
    long restart(long executionId, Properties parameters);

    void stop(long executionId);

    /** The rejects file of a CSV import's execution, when the job has one and it exists. */
    Optional<Path> rejectsFile(long executionId);
}
