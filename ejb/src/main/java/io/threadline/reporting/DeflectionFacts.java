package io.threadline.reporting;

import io.threadline.assist.BotOutcome;
import io.threadline.shared.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Counts what the chat bot did in a range of a day's hours: the questions it answered with articles and those it found
 * none for, in the hour they were asked; those deflected, handed over and abandoned, in the hour they ended. All on
 * chat, in no queue, team or agent's hands: the bot's part of a question ends before routing gives it to one.
 */
public final class DeflectionFacts {

    private static final Dimensions CHAT = Dimensions.of(Channel.CHAT, null, null, null);

    private final long runId;
    private final LocalDate day;
    private final ZoneId zone;

    public DeflectionFacts(long runId, LocalDate day, ZoneId zone) {
        this.runId = runId;
        this.day = day;
        this.zone = zone;
    }

    /** Counts what of the questions happened in [from, to), a range within the day. */
    public FactTally count(List<BotQuestion> questions, Instant from, Instant to) {
        FactTally tally = new FactTally();
        TimeRange range = new TimeRange(from, to);
        for (BotQuestion question : questions) {
            if (range.holds(question.offeredAt())) {
                add(tally, question.offeredAt(),
                        question.outcome() == BotOutcome.NO_SUGGESTION ? Measure.BOT_NO_SUGGESTION : Measure.BOT_OFFERED);
            }
            Measure ending = ending(question.outcome());
            if (ending != null && range.holds(question.endedAt())) {
                add(tally, question.endedAt(), ending);
            }
        }
        return tally;
    }

    /** What a question's end counts as; none while its articles are shown, nor for one without articles. */
    private static Measure ending(BotOutcome outcome) {
        return switch (outcome) {
            case DEFLECTED -> Measure.BOT_DEFLECTED;
            case HANDED_OVER -> Measure.BOT_HANDED_OVER;
            case ABANDONED -> Measure.BOT_ABANDONED;
            case OFFERED, NO_SUGGESTION -> null;
        };
    }

    private void add(FactTally tally, Instant at, Measure measure) {
        tally.add(new FactKey(runId, day, at.atZone(zone).getHour(), CHAT, measure, null), 1, 0);
    }
}
