package io.threadline.reporting;

import io.threadline.conversation.Direction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Counts a day's messages and calls: volume in and out, customers' urgency, channel switches within a conversation,
 * and customers who wrote again on another channel within {@link #REPEAT_WINDOW} (they had to repeat themselves).
 * Rows must come in time order; {@code previous} carries each conversation's latest customer message across calls.
 */
public final class InteractionFacts {

    public static final Duration REPEAT_WINDOW = Duration.ofDays(1);

    private final long runId;
    private final LocalDate day;
    private final ZoneId zone;
    private final UnaryOperator<String> teamOfQueue;

    public InteractionFacts(long runId, LocalDate day, ZoneId zone, UnaryOperator<String> teamOfQueue) {
        this.runId = runId;
        this.day = day;
        this.zone = zone;
        this.teamOfQueue = teamOfQueue;
    }

    public FactTally count(List<InteractionRow> rows, Map<Long, PreviousInbound> previous) {
        FactTally tally = new FactTally();
        for (InteractionRow row : rows) {
            int hour = row.occurredAt().atZone(zone).getHour();
            Dimensions dimensions = Dimensions.of(row.channel(), row.queue(), teamOfQueue.apply(row.queue()), row.agent());
            if (row.direction() != Direction.INBOUND) {
                tally.add(key(hour, dimensions, Measure.OUTBOUND, null), 1, 0);
                continue;
            }
            tally.add(key(hour, dimensions, Measure.INBOUND, null), 1, 0);
            if (row.urgency() != null) {
                tally.add(key(hour, dimensions, Measure.URGENCY, urgencyBand(row.urgency())), 1, 0);
            }
            if (row.conversationId() == null) {
                continue;
            }
            PreviousInbound before = previous.put(row.conversationId(), new PreviousInbound(row.channel(), row.occurredAt()));
            if (before != null && before.channel() != row.channel()) {
                tally.add(key(hour, dimensions, Measure.CHANNEL_SWITCH, before.channel().name()), 1, 0);
                if (!before.at().plus(REPEAT_WINDOW).isBefore(row.occurredAt())) {
                    tally.add(key(hour, dimensions, Measure.REPEATED_CUSTOMER, Long.toString(row.customerId())), 1, 0);
                }
            }
        }
        return tally;
    }

    /** Urgency 0–100 in bands of 20: {@code 0-19} … {@code 80-100}. */
    public static String urgencyBand(int urgency) {
        int low = Math.min(Math.max(urgency, 0), 99) / 20 * 20;
        return low + "-" + (low == 80 ? 100 : low + 19);
    }

    private FactKey key(int hour, Dimensions dimensions, Measure measure, String detail) {
        return new FactKey(runId, day, hour, dimensions, measure, detail);
    }
}
