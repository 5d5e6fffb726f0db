package io.threadline.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One figure of one run and hour: how many ({@code N}), where the measure has one their sum ({@code TOTAL}), and for a
 * duration its histogram ({@code BUCKETS}). A run writes
 * each key once, so the key needs no unique index to keep: a composite one made every insert a search of ten columns.
 * Read with queries only; written by {@link AnalyticsStore#insert} in JDBC batches.
 * (Databases from before keep those facts in {@code ANALYTICS_FACT}, no longer read; see docs/reports.md.)
 */
@Entity
@Table(name = "ANALYTICS_HOURLY_FACT", indexes = @Index(name = "IX_HOURLY_FACT_DAY", columnList = "FACT_DAY, MEASURE"))
public class Fact {

    /** The run, the hour and the fact's place among the hour's: see {@link FactKey#rowId}. */
    @Id
    @Column(name = "ID")
    private Long id;

    @Embedded
    private FactKey key;

    /** Always -1: builds before November 27, 2026 wrote a fact per bucket of a duration, where now a fact holds all. */
    @Column(name = "BUCKET", nullable = false)
    private int bucket = -1;

    @Column(name = "N", nullable = false)
    private long n;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    /** A duration's histogram ({@link Histogram#encoded}); null for a count. */
    @Column(name = "BUCKETS", length = DayFact.MAX_BUCKETS_LENGTH)
    private String buckets;

    protected Fact() {
    }
}
