package io.threadline.web.operations;

import io.threadline.scheduling.JobLauncher;
import io.threadline.scheduling.JobSchedules;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The batch operator page's lists: every job with its schedule and last run, and the executions, newest first,
 * filtered by job and status as the address says; the running ones with their steps' counts. Read through the job
 * repository as the signed-in operator.
 */
@Named("jobs")
@RequestScoped
public class JobsPage {

    static final int INSTANCES_PER_JOB = 50;
    private static final Set<String> CSV_IMPORTS = Set.of("customer-import", "erp-import");
    /** How many steps each job has, for the progress bar of a running execution. */
    static final Map<String, Integer> STEPS = Map.of("nightly-analytics", 2, "customer-import", 1, "erp-import", 1,
            "retention", 6, "identity-dedupe", 3, "report-export", 1,
            "knowledge-reindex", 1, "similar-conversations-reindex", 1, "purchase-associations", 1);

    @Inject
    JobSchedules schedules;

    private String job;
    private String status;
    private List<ExecutionRow> executions;

    /** A job with its schedule (or "off", or the error in its expression), next due time and latest execution. */
    public record JobRow(String name, String schedule, String scheduleError, Instant nextDue, ExecutionRow last) {
    }

    public List<JobRow> getJobRows() {
        Map<String, JobSchedules.Entry> byJob = schedules.all().stream()
                .collect(Collectors.toMap(JobSchedules.Entry::job, e -> e));
        Instant now = Instant.now();
        return jobNames().stream().map(name -> {
            JobSchedules.Entry entry = byJob.get(name);
            Instant next = entry == null || !entry.isActive() ? null : entry.schedule().nextDue(now).orElse(null);
            Optional<ExecutionRow> last = allExecutions().stream().filter(e -> e.job().equals(name)).findFirst();
            return new JobRow(name, entry == null ? "off" : entry.expression(), entry == null ? null : entry.error(), next,
                    last.orElse(null));
        }).toList();
    }

    public List<ExecutionRow> getExecutions() {
        return allExecutions().stream().filter(e -> job == null || job.isBlank() || e.job().equals(job))
                .filter(e -> status == null || status.isBlank() || e.status().name().equals(status)).toList();
    }

    public List<ExecutionRow> getRunning() {
        return allExecutions().stream().filter(ExecutionRow::isRunning).toList();
    }

    /** Completed steps out of the job's steps (0-100), or -1 when the job's steps are not known: the bar then only moves. */
    public int progress(ExecutionRow execution) {
        Integer total = STEPS.get(execution.job());
        if (total == null || total < 2) {
            return -1;
        }
        return (int) (100 * execution.steps().stream().filter(StepProgress::isDone).count() / total);
    }

    /** Whether an ended import rejected rows, so the history offers its rejects file. */
    public boolean hasRejects(ExecutionRow execution) {
        return CSV_IMPORTS.contains(execution.job()) && !execution.isRunning()
                && JobLauncher.deployed().rejectsFile(execution.executionId()).isPresent();
    }

    public List<String> getJobNames() {
        return List.copyOf(jobNames());
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(BatchStatus.values()).map(Enum::name).toList();
    }

    private Set<String> jobNames() {
        Set<String> names = new TreeSet<>(JobParameter.OF_JOB.keySet());
        schedules.all().forEach(e -> names.add(e.job()));
        names.addAll(BatchRuntime.getJobOperator().getJobNames());
        return names;
    }

    private List<ExecutionRow> allExecutions() {
        if (executions == null) {
            JobOperator operator = BatchRuntime.getJobOperator();
            List<ExecutionRow> rows = new ArrayList<>();
            for (String name : operator.getJobNames()) {
                for (JobInstance instance : instances(operator, name)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        List<StepProgress> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                                .map(StepProgress::of).toList();
                        rows.add(ExecutionRow.of(execution, instance.getInstanceId(), steps));
                    }
                }
            }
            rows.sort(Comparator.comparing(ExecutionRow::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(ExecutionRow::executionId, Comparator.reverseOrder()));
            executions = rows;
        }
        return executions;
    }

    private static List<JobInstance> instances(JobOperator operator, String name) {
        try {
            return operator.getJobInstances(name, 0, INSTANCES_PER_JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
