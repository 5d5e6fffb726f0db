package io.threadline.batch.scheduling;

import io.threadline.scheduling.JobSchedules;
import io.threadline.scheduling.SchedulePlan;
import io.threadline.scheduling.ScheduledRun;
import io.threadline.scheduling.ScheduledRuns;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the scheduled jobs. Every server ticks each minute (so a minute after start-up it sees what passed while it
 * was down); the first server to claim a due time starts the job, unless it is still running from before. The job
 * repository and the claims are in the shared database, so two servers never start one due time twice. Jobs are
 * started as the batch-operator role's run-as user (the server configuration's {@code batch.scheduler.user}), since
 * Liberty's batch authorization refuses an unauthenticated timer.
 */
@Singleton
@Startup
@RunAs("batch-operator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    JobSchedules schedules;

    @EJB
    ScheduledRuns runs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        tick();
    }

    /** Handles what is due now; public so that the scheduler's test can tick it. */
    public void tick() {
        Instant now = Instant.now();
        for (JobSchedules.Entry entry : schedules.all()) {
            if (entry.error() != null) {
                LOG.severe(entry.error());
            } else if (entry.isActive()) {
                SchedulePlan.at(now, entry.schedule(), runs.latestDue(entry.job()), schedules.startGrace(), schedules.missedRuns())
                        .ifPresent(this::carryOut);
            }
        }
    }

    private void carryOut(SchedulePlan plan) {
        long run;
        try {
            run = runs.claim(plan.job(), plan.dueAt(), plan.outcome(), plan.detail(), SERVER);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Another server claimed " + plan.job() + " due at " + plan.dueAt(), e);
            return;
        }
        if (!plan.starts()) {
            LOG.warning(plan.job() + " was due at " + plan.dueAt() + " while no server was running; not started (crm.batch.missed-runs=report)");
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            if (isRunning(operator, plan.job())) {
                runs.outcome(run, ScheduledRun.Outcome.SKIPPED_RUNNING, "still running from before");
                return;
            }
            runs.started(run, operator.start(plan.job(), new Properties()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled " + plan.job() + " due at " + plan.dueAt() + " could not be started", e);
            runs.outcome(run, ScheduledRun.Outcome.FAILED_TO_START, e.toString());
        }
    }

    private static boolean isRunning(JobOperator operator, String job) {
        try {
            return !operator.getRunningExecutions(job).isEmpty();
        } catch (NoSuchJobException e) {
            return false;
        }
    }
}
