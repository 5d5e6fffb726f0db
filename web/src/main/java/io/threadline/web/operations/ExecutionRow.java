package io.threadline.web.operations;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** One execution of a job as the operator page lists it, with its steps' counts while it runs. */
public record ExecutionRow(long executionId, long instanceId, String job, BatchStatus status, String exitStatus,
                           Instant createdAt, Instant startedAt, Instant endedAt, List<StepProgress> steps) {

    static ExecutionRow of(JobExecution execution, long instanceId, List<StepProgress> steps) {
        return new ExecutionRow(execution.getExecutionId(), instanceId, execution.getJobName(), execution.getBatchStatus(),
                execution.getExitStatus(), instant(execution.getCreateTime()), instant(execution.getStartTime()),
                instant(execution.getEndTime()), steps);
    }

    public boolean isRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    public boolean isRestartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** How long it ran, or has run so far: "1 min 12 s". */
    public String getElapsed() {
        if (startedAt == null) {
            return "";
        }
        Duration elapsed = Duration.between(startedAt, endedAt == null ? Instant.now() : endedAt);
        long minutes = elapsed.toMinutes();
        return (minutes > 0 ? minutes + " min " : "") + elapsed.toSecondsPart() + " s";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
