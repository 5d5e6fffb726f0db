package io.threadline.reporting;

import java.time.LocalDate;
import java.util.Map;

/**
 * A run's hourly facts added up into its day's ({@link DayFact}): without the hour (except {@link Measure#INBOUND}'s
 * rows per hour), at the grain of every dimension and at that of the channel alone, each duration histogram into one.
 */
final class DayRollup {

    private final long runId;
    private final LocalDate day;
    private final FactTally byAgent = new FactTally();
    private final FactTally byChannel = new FactTally();

    DayRollup(long runId, LocalDate day) {
        this.runId = runId;
        this.day = day;
    }

    void add(FactRow fact) {
        add(fact, DayFact.WHOLE_DAY);
        if (fact.measure() == Measure.INBOUND) {
            add(fact, fact.hour());
        }
    }

    private void add(FactRow fact, int hour) {
        add(byAgent, new Dimensions(fact.channel(), fact.queue(), fact.team(), fact.agent()), hour, fact);
        if (DayFact.keptByChannel(fact.measure())) {
            add(byChannel, new Dimensions(fact.channel(), null, null, null), hour, fact);
        }
    }

    private void add(FactTally tally, Dimensions dimensions, int hour, FactRow fact) {
        FactKey key = new FactKey(runId, day, hour, dimensions, fact.measure(), fact.detail());
        if (fact.buckets() != null) {
            tally.addHistogram(key, fact.buckets(), fact.n(), fact.total());
        } else {
            tally.add(key, fact.n(), fact.total());
        }
    }

    /** The day's facts by grain ({@link DayFact#BY_AGENT}, {@link DayFact#BY_CHANNEL}). */
    Map<String, FactTally> grains() {
        return Map.of(DayFact.BY_AGENT, byAgent, DayFact.BY_CHANNEL, byChannel);
    }
}
