package io.threadline.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The run whose facts count for a day: a re-run replaces them in one transaction, never adding to them. */
@Entity
@Table(name = "ANALYTICS_DAY")
public class AnalyticsDay {

    @Id
    @Column(name = "FACT_DAY")
    private LocalDate day;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "COMPUTED_AT", nullable = false)
    private Instant computedAt;

    protected AnalyticsDay() {
    }

    AnalyticsDay(LocalDate day) {
        this.day = day;
    }

    void publish(long run, Instant at) {
        runId = run;
        computedAt = at;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getRunId() {
        return runId;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
