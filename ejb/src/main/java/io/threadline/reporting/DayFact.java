package io.threadline.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One figure of a published day, rolled up from the run's hourly facts when the day is published ({@link DayRollup}),
 * so that a report over months reads a few rows per day instead of every hour's. Kept at two grains: by channel,
 * queue, team and agent ({@link #BY_AGENT}) and by channel alone ({@link #BY_CHANNEL}, the queue, team and agent
 * empty). {@link Measure#REPEATED_CUSTOMER} is the exception: by agent its detail is the customer, one row each; by
 * channel it is the number of customers who repeated themselves on the channel and, with the channel empty, on any
 * channel, which adding up the channels would not give (a customer may repeat on two). The hour is {@link #WHOLE_DAY} except for {@link Measure#INBOUND}, which also keeps a row per hour for the
 * busiest-hours heat map. A duration is one row per histogram. Read with SQL only; written by
 * {@link AnalyticsStore#publish}.
 */
@Entity
@Table(name = "ANALYTICS_DAY_FACT", indexes = @Index(name = "IX_DAY_FACT_READ", columnList = "GRAIN, MEASURE, FACT_DAY"))
public class DayFact {

    public static final String BY_AGENT = "AGENT";
    public static final String BY_CHANNEL = "CHANNEL";
    public static final int WHOLE_DAY = -1;
    static final int MAX_BUCKETS_LENGTH = 32_000;

    /** The day and the row's place among the day's: see {@link #rowId}. */
    @Id
    @Column(name = "ID")
    private Long id;

    @Embedded
    private FactKey key;

    @Column(name = "GRAIN", length = 10, nullable = false)
    private String grain;

    @Column(name = "N", nullable = false)
    private long n;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    /** A duration's histogram ({@link Histogram#encoded}); null for a count. */
    @Column(name = "BUCKETS", length = MAX_BUCKETS_LENGTH)
    private String buckets;

    protected DayFact() {
    }

    /** Whether the measure's facts by channel alone are theirs by agent added up (all but {@link Measure#REPEATED_CUSTOMER}). */
    static boolean keptByChannel(Measure measure) {
        return measure != Measure.REPEATED_CUSTOMER;
    }

    /**
     * The row id of a day's {@code index}-th rolled-up fact: the day, then the index. A day has one set of rolled-up
     * facts, its published run's, so its rows are deleted by their id range when it is published again.
     */
    static long rowId(LocalDate day, int index) {
        return (day.toEpochDay() << 32) + index;
    }
}
