package io.threadline.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * A due time of a job's schedule, claimed by the first server to reach it (the unique key makes it one), and what
 * came of it.
 */
@Entity
@Table(name = "SCHEDULED_RUN", uniqueConstraints = @UniqueConstraint(name = "UQ_SCHEDULED_RUN", columnNames = {"JOB_NAME", "DUE_AT"}))
@NamedQuery(name = "ScheduledRun.ofJob", query = "SELECT r FROM ScheduledRun r WHERE r.job = :job ORDER BY r.dueAt DESC")
public class ScheduledRun {

    public enum Outcome {
        /** Started on time. */
        STARTED,
        /** Started after the servers were down past its due time, as {@code crm.batch.missed-runs=run} says. */
        STARTED_LATE,
        /** Passed while the servers were down, reported only ({@code crm.batch.missed-runs=report}). */
        MISSED,
        /** Not started: the job was still running from before. */
        SKIPPED_RUNNING,
        /** Could not be started (the reason is in the detail). */
        FAILED_TO_START
    }

    @Id
    @SequenceGenerator(name = "ScheduledRunSeq", sequenceName = "SCHEDULED_RUN_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ScheduledRunSeq")
    private Long id;

    @Column(name = "JOB_NAME", length = 100, nullable = false)
    private String job;

    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20, nullable = false)
    private Outcome outcome;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    @Column(name = "EXECUTION_ID")
    private Long executionId;

    @Column(name = "SERVER_NAME", length = 200, nullable = false)
    private String server;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected ScheduledRun() {
    }

    ScheduledRun(String job, Instant dueAt, Outcome outcome, String detail, String server, Instant recordedAt) {
        this.job = job;
        this.dueAt = dueAt;
        this.outcome = outcome;
        this.detail = detail;
        this.server = server;
        this.recordedAt = recordedAt;
    }

    void started(long execution) {
        executionId = execution;
    }

    void outcome(Outcome newOutcome, String newDetail) {
        outcome = newOutcome;
        detail = newDetail;
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getServer() {
        return server;
    }
}
