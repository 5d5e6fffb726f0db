package io.threadline.reporting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DayRollupTest {

    private static final long RUN = 41;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void countsLoseTheHourExceptInboundWhichKeepsBothAndEachGrainAddsUp() {
        DayRollup rollup = new DayRollup(RUN, DAY);
        rollup.add(count(9, "ana", Measure.INBOUND, 3));
        rollup.add(count(14, "ben", Measure.INBOUND, 4));
        rollup.add(count(9, "ana", Measure.OUTBOUND, 2));
        rollup.add(count(15, "ana", Measure.OUTBOUND, 5));
        Map<FactKey, Long> byAgent = counts(rollup, DayFact.BY_AGENT);
        Map<FactKey, Long> byChannel = counts(rollup, DayFact.BY_CHANNEL);

        assertEquals(Map.of(key(-1, "ana", Measure.OUTBOUND), 7L, key(-1, "ana", Measure.INBOUND), 3L,
                key(-1, "ben", Measure.INBOUND), 4L, key(9, "ana", Measure.INBOUND), 3L, key(14, "ben", Measure.INBOUND), 4L),
                byAgent, "the day's counts, and inbound by the hour too");
        assertEquals(Map.of(key(-1, null, Measure.OUTBOUND), 7L, key(-1, null, Measure.INBOUND), 7L,
                key(9, null, Measure.INBOUND), 3L, key(14, null, Measure.INBOUND), 4L), byChannel, "all agents and queues added up");
    }

    @Test
    void theHoursHistogramsBecomeOneFactThatReadsBackTheSamePercentiles() {
        DayRollup rollup = new DayRollup(RUN, DAY);
        long[] seconds = {45, 300, 300, 7200, 86_400};
        Histogram day = new Histogram();
        for (int i = 0; i < seconds.length; i++) {
            Histogram hour = new Histogram();
            hour.add(seconds[i]);
            rollup.add(new FactRow(DAY, 8 + i, "SMS", "billing", "", "ana", Measure.FIRST_RESPONSE, "", 1, seconds[i], hour.encoded()));
            day.add(seconds[i]);
        }
        List<FactTally.Entry> facts = rollup.grains().get(DayFact.BY_AGENT).entries();
        assertEquals(1, facts.size(), facts.toString());
        FactTally.Entry fact = facts.get(0);
        assertEquals(new FactKey(RUN, DAY, -1, new Dimensions("SMS", "billing", "", "ana"), Measure.FIRST_RESPONSE, ""), fact.key());
        assertEquals(5, fact.n());
        assertEquals(94_245, fact.total());
        assertEquals(day.encoded(), fact.buckets());
        assertEquals(1, rollup.grains().get(DayFact.BY_CHANNEL).size());

        Histogram twoDays = new Histogram();
        twoDays.addEncoded(fact.buckets(), fact.n(), fact.total());
        twoDays.addEncoded(fact.buckets(), fact.n(), fact.total());
        assertEquals(10, twoDays.count());
        assertEquals(300, twoDays.percentile(0.5), 3);
        assertEquals(86_400, twoDays.percentile(0.9), 864);
        assertEquals(94_245 / 5.0, twoDays.averageSeconds(), 0.001);
        Histogram expected = new Histogram();
        expected.addAll(day);
        expected.addAll(day);
        assertEquals(expected.encoded(), twoDays.encoded(), "two days' facts add up bucket by bucket");
    }

    @Test
    void repeatedCustomersAreKeptByAgentAndCountedOnceByChannelAndOverAllChannels() {
        DayRollup rollup = new DayRollup(RUN, DAY);
        rollup.add(new FactRow(DAY, 9, "SMS", "billing", "", "ana", Measure.REPEATED_CUSTOMER, "1234", 1, 0, null));
        rollup.add(new FactRow(DAY, 11, "SMS", "billing", "", "ben", Measure.REPEATED_CUSTOMER, "1234", 1, 0, null));
        rollup.add(new FactRow(DAY, 14, "CHAT", "sales", "", "ben", Measure.REPEATED_CUSTOMER, "1234", 1, 0, null));
        rollup.add(new FactRow(DAY, 15, "CHAT", "sales", "", "ben", Measure.REPEATED_CUSTOMER, "5678", 1, 0, null));

        assertEquals(Map.of(agentKey("SMS", "billing", "ana", "1234"), 1L, agentKey("SMS", "billing", "ben", "1234"), 1L,
                agentKey("CHAT", "sales", "ben", "1234"), 1L, agentKey("CHAT", "sales", "ben", "5678"), 1L),
                counts(rollup, DayFact.BY_AGENT));
        assertEquals(Map.of(channelKey("SMS"), 1L, channelKey("CHAT"), 2L, channelKey(""), 2L), counts(rollup, DayFact.BY_CHANNEL),
                "customer 1234 repeated on SMS twice and on chat: once on each, once over all channels");
    }

    private static FactKey agentKey(String channel, String queue, String agent, String customer) {
        return new FactKey(RUN, DAY, DayFact.WHOLE_DAY, new Dimensions(channel, queue, "", agent), Measure.REPEATED_CUSTOMER, customer);
    }

    private static FactKey channelKey(String channel) {
        return new FactKey(RUN, DAY, DayFact.WHOLE_DAY, new Dimensions(channel, null, null, null), Measure.REPEATED_CUSTOMER, "");
    }

    @Test
    void countsHaveNoBuckets() {
        DayRollup rollup = new DayRollup(RUN, DAY);
        rollup.add(count(9, "", Measure.CSAT_SENT, 1));
        rollup.grains().values().forEach(tally -> tally.entries().forEach(fact -> assertNull(fact.buckets())));
    }

    private static Map<FactKey, Long> counts(DayRollup rollup, String grain) {
        return rollup.grains().get(grain).entries().stream().collect(Collectors.toMap(FactTally.Entry::key, FactTally.Entry::n));
    }

    private static FactRow count(int hour, String agent, Measure measure, long n) {
        return new FactRow(DAY, hour, "EMAIL", "billing", "", agent, measure, "", n, 0, null);
    }

    /** By agent: the queue and agent given; by channel ({@code agent} null): neither. */
    private static FactKey key(int hour, String agent, Measure measure) {
        return new FactKey(RUN, DAY, hour, new Dimensions("EMAIL", agent == null ? null : "billing", null, agent), measure, null);
    }
}
