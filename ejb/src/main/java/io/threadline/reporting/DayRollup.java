package io.threadline.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A run's hourly facts added up into its day's ({@link DayFact}): without the hour (except {@link Measure#INBOUND}'s
 * rows per hour), at the grain of every dimension and at that of the channel alone, each duration histogram into one.
 * The customers who repeated themselves are counted by channel and over all channels, each customer once.
 */
final class DayRollup {

    private final long runId;
    private final LocalDate day;
    private final FactTally byAgent = new FactTally();
    private final FactTally byChannel = new FactTally();
    /** The customers who repeated themselves, by channel; under {@link FactKey#NONE}, on any channel. */
    private final Map<String, Set<String>> repeatedByChannel = new HashMap<>();

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
        } else {
            repeatedByChannel.computeIfAbsent(fact.channel(), c -> new HashSet<>()).add(fact.detail());
            repeatedByChannel.computeIfAbsent(FactKey.NONE, c -> new HashSet<>()).add(fact.detail());
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
        FactTally channels = new FactTally();
        channels.addAll(byChannel);
        repeatedByChannel.forEach((channel, customers) -> channels.add(new FactKey(runId, day, DayFact.WHOLE_DAY,
                new Dimensions(channel, null, null, null), Measure.REPEATED_CUSTOMER, FactKey.NONE), customers.size(), 0));
        return Map.of(DayFact.BY_AGENT, byAgent, DayFact.BY_CHANNEL, channels);
    }
}
