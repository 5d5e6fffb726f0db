package io.threadline.reporting;

import io.threadline.assist.BotOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeflectionFactsTest {

    private static final long RUN = 41;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final DeflectionFacts facts = new DeflectionFacts(RUN, DAY, ZONE);

    @Test
    void aQuestionIsCountedWhenAskedAndAgainWhenItEnded() {
        List<BotQuestion> questions = List.of(
                question(BotOutcome.DEFLECTED, "09:10", "09:12"),
                question(BotOutcome.HANDED_OVER, "09:50", "10:05"),
                question(BotOutcome.ABANDONED, "09:40", "10:11"),
                question(BotOutcome.OFFERED, "10:20", null),
                question(BotOutcome.NO_SUGGESTION, "10:30", "10:30"));

        assertEquals(Map.of(key(9, Measure.BOT_OFFERED), 3L, key(9, Measure.BOT_DEFLECTED), 1L,
                key(10, Measure.BOT_HANDED_OVER), 1L, key(10, Measure.BOT_ABANDONED), 1L,
                key(10, Measure.BOT_OFFERED), 1L, key(10, Measure.BOT_NO_SUGGESTION), 1L),
                counts(facts.count(questions, at("00:00"), at("24:00"))),
                "asked in the hour asked, ended in the hour ended (local hours); a question still shown has not ended,"
                        + " one without articles was not offered and ends as it is asked");
    }

    @Test
    void onlyWhatHappenedInTheRangeCounts() {
        List<BotQuestion> questions = List.of(
                question(BotOutcome.HANDED_OVER, "09:50", "10:05"),
                new BotQuestion(BotOutcome.ABANDONED, at("00:00").minusSeconds(600), at("00:00").plusSeconds(1200)),
                question(BotOutcome.DEFLECTED, "10:59", "11:00"));

        assertEquals(Map.of(key(10, Measure.BOT_HANDED_OVER), 1L, key(10, Measure.BOT_OFFERED), 1L),
                counts(facts.count(questions, at("10:00"), at("11:00"))), "asked in the hour before, handed over in it;"
                        + " asked in it, deflected in the next");
        assertEquals(Map.of(key(0, Measure.BOT_ABANDONED), 1L), counts(facts.count(questions, at("00:00"), at("01:00"))),
                "asked the day before, abandoned in the day's first hour");
    }

    @Test
    void nothingAskedNothingCounted() {
        assertEquals(0, facts.count(List.of(), at("00:00"), at("24:00")).size());
    }

    /** A question asked and ended at the local times of {@link #DAY} ({@code ended} null: not yet). */
    private static BotQuestion question(BotOutcome outcome, String asked, String ended) {
        return new BotQuestion(outcome, at(asked), ended == null ? null : at(ended));
    }

    private static Instant at(String localTime) {
        return "24:00".equals(localTime) ? DAY.plusDays(1).atStartOfDay(ZONE).toInstant()
                : DAY.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }

    /** On chat, in no queue, team or agent's hands. */
    private static FactKey key(int hour, Measure measure) {
        return new FactKey(RUN, DAY, hour, new Dimensions("CHAT", null, null, null), measure, null);
    }

    private static Map<FactKey, Long> counts(FactTally tally) {
        return tally.entries().stream().collect(Collectors.toMap(FactTally.Entry::key, FactTally.Entry::n));
    }
}
