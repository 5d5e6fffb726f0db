package io.threadline.web.operations;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

/** A step of an execution: its status and the items it read, wrote and skipped so far. */
public record StepProgress(String name, BatchStatus status, long read, long written, long skipped, long commits) {

    static StepProgress of(StepExecution step) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        for (Metric metric : step.getMetrics()) {
            switch (metric.getType()) {
                case READ_COUNT -> read = metric.getValue();
                case WRITE_COUNT -> written = metric.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                case COMMIT_COUNT -> commits = metric.getValue();
                default -> {
                }
            }
        }
        return new StepProgress(step.getStepName(), step.getBatchStatus(), read, written, skipped, commits);
    }

    public boolean isDone() {
        return status == BatchStatus.COMPLETED;
    }
}
