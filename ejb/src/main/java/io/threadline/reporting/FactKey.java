package io.threadline.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a fact is about: the run that computed it, the day and hour (in the reporting zone), the dimensions (empty,
 * never null, where there is none: a conversation in no team), and the measure with its detail.
 */
@Embeddable
public class FactKey implements Serializable {

    public static final String NONE = "";
    /** The key's columns, as its fields map them. */
    static final String COLUMNS = "RUN_ID, FACT_DAY, FACT_HOUR, CHANNEL, QUEUE_NAME, TEAM, AGENT, MEASURE, DETAIL";

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "FACT_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "FACT_HOUR", nullable = false)
    private int hour;

    @Column(name = "CHANNEL", length = 20, nullable = false)
    private String channel;

    @Column(name = "QUEUE_NAME", length = 100, nullable = false)
    private String queue;

    @Column(name = "TEAM", length = 100, nullable = false)
    private String team;

    @Column(name = "AGENT", length = 100, nullable = false)
    private String agent;

    @Column(name = "MEASURE", length = 30, nullable = false)
    private String measure;

    @Column(name = "DETAIL", length = 40, nullable = false)
    private String detail;

    protected FactKey() {
    }

    public FactKey(long runId, LocalDate day, int hour, Dimensions dimensions, Measure measure, String detail) {
        this.runId = runId;
        this.day = day;
        this.hour = hour;
        this.channel = dimensions.channel();
        this.queue = dimensions.queue();
        this.team = dimensions.team();
        this.agent = dimensions.agent();
        this.measure = measure.name();
        this.detail = detail == null ? NONE : detail;
    }

    /**
     * The row id of the {@code index}-th fact an hour's tally writes: the run, then the hour, then the index. A run writes
     * each of its hours once, so the ids are unique without a sequence, which two partitions inserting at once made
     * Derby's identity generator give up on.
     */
    long rowId(int index) {
        return runId << 32 | (long) (hour + 1) << 24 | index;
    }

    /** The first row id of a run's facts; those of the next run start at the next's. */
    static long firstRowId(long runId) {
        return runId << 32;
    }

    /** The key's values in the column order of {@link #COLUMNS}. */
    Object[] values() {
        return new Object[] {runId, Date.valueOf(day), hour, channel, queue, team, agent, measure, detail};
    }

    public LocalDate day() {
        return day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactKey k && runId == k.runId && hour == k.hour && day.equals(k.day)
                && channel.equals(k.channel) && queue.equals(k.queue) && team.equals(k.team) && agent.equals(k.agent)
                && measure.equals(k.measure) && detail.equals(k.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, day, hour, channel, queue, team, agent, measure, detail);
    }
}
