package io.threadline.reporting;

import io.threadline.sla.BusinessCalendar;
import io.threadline.sla.SlaTarget;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Counts what a day, or a range of its hours, decided about conversations: first responses and resolutions (histograms of their time from
 * the start, wall-clock and business), SLA targets met (the day they stopped in time) and breached (the day they fell
 * due unmet), CSAT surveys sent and answered.
 */
public final class OutcomeFacts {

    private final long runId;
    private final LocalDate day;
    private final ZoneId zone;
    private final Instant now;
    private final UnaryOperator<String> teamOfQueue;
    private final Function<ConversationOutcome, BusinessCalendar> calendarOf;

    public OutcomeFacts(long runId, LocalDate day, ZoneId zone, Instant now, UnaryOperator<String> teamOfQueue,
                        Function<ConversationOutcome, BusinessCalendar> calendarOf) {
        this.runId = runId;
        this.day = day;
        this.zone = zone;
        this.now = now;
        this.teamOfQueue = teamOfQueue;
        this.calendarOf = calendarOf;
    }

    /** Counts what happened to the conversations in [from, to), a range within the day. */
    public FactTally count(List<ConversationOutcome> outcomes, Instant from, Instant to) {
        FactTally tally = new FactTally();
        TimeRange range = new TimeRange(from, to);
        for (ConversationOutcome c : outcomes) {
            Dimensions dimensions = Dimensions.of(c.startedOn(), c.queue(), teamOfQueue.apply(c.queue()), c.agent());
            if (range.holds(c.firstResponseAt())) {
                durations(tally, dimensions, c, c.firstResponseAt(), Measure.FIRST_RESPONSE, Measure.FIRST_RESPONSE_BUSINESS);
            }
            if (range.holds(c.resolvedAt())) {
                durations(tally, dimensions, c, c.resolvedAt(), Measure.RESOLUTION, Measure.RESOLUTION_BUSINESS);
            }
            sla(tally, range, dimensions, SlaTarget.FIRST_RESPONSE, c.firstResponseTarget());
            sla(tally, range, dimensions, SlaTarget.RESOLUTION, c.resolutionTarget());
            if (range.holds(c.surveySentAt())) {
                tally.add(key(c.surveySentAt(), dimensions, Measure.CSAT_SENT, null), 1, 0);
            }
            if (c.csatScore() != null && range.holds(c.csatAt())) {
                tally.add(key(c.csatAt(), dimensions, Measure.CSAT_ANSWERED, null), 1, c.csatScore());
            }
        }
        return tally;
    }

    private void durations(FactTally tally, Dimensions dimensions, ConversationOutcome c, Instant end,
                           Measure wallClock, Measure business) {
        long seconds = Math.max(0, Duration.between(c.openedAt(), end).getSeconds());
        tally.addDuration(key(end, dimensions, wallClock, null), seconds);
        long businessSeconds = end.isAfter(c.openedAt())
                ? calendarOf.apply(c).businessTimeBetween(c.openedAt(), end).getSeconds() : 0;
        tally.addDuration(key(end, dimensions, business, null), businessSeconds);
    }

    private void sla(FactTally tally, TimeRange range, Dimensions dimensions, SlaTarget target, ConversationOutcome.Target clock) {
        if (clock == null || clock.dueAt() == null) {
            return;
        }
        if (clock.stoppedAt() != null && !clock.stoppedAt().isAfter(clock.dueAt())) {
            if (range.holds(clock.stoppedAt())) {
                tally.add(key(clock.stoppedAt(), dimensions, Measure.SLA_MET, target.name()), 1, 0);
            }
        } else if (range.holds(clock.dueAt()) && !clock.dueAt().isAfter(now)) {
            tally.add(key(clock.dueAt(), dimensions, Measure.SLA_BREACHED, target.name()), 1, 0);
        }
    }

    private FactKey key(Instant at, Dimensions dimensions, Measure measure, String detail) {
        return new FactKey(runId, day, at.atZone(zone).getHour(), dimensions, measure, detail);
    }
}
