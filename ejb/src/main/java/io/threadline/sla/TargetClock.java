package io.threadline.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clock of one SLA target on a conversation: when it started, the business time it stood paused, when its
 * warning and breach fall due, when it stopped, and which warning and breach were already recorded. Idle (never
 * started) when every field is null. {@link SlaClock} embeds one per target and names the columns.
 */
@Embeddable
public class TargetClock {

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "PAUSED_MILLIS")
    private Long pausedMillis;

    @Column(name = "WARN_AT")
    private Instant warnAt;

    @Column(name = "DUE_AT")
    private Instant dueAt;

    @Column(name = "STOPPED_AT")
    private Instant stoppedAt;

    /** The warning instant, once the warning was recorded. */
    @Column(name = "WARNED_AT")
    private Instant warnedAt;

    /** The breach instant, once the breach was recorded. */
    @Column(name = "BREACHED_AT")
    private Instant breachedAt;

    protected TargetClock() {
    }

    /** A clock that runs from {@code at}; without a {@code target} nothing falls due, but pauses still accrue. */
    static TargetClock started(Instant at, Duration target, SlaTargets targets, BusinessCalendar calendar) {
        TargetClock clock = new TargetClock();
        clock.startedAt = at;
        clock.pausedMillis = 0L;
        clock.plan(target, targets, calendar);
        return clock;
    }

    boolean running() {
        return startedAt != null && stoppedAt == null;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant breachedAt() {
        return breachedAt;
    }

    /** Due times from the start, later by the business time the clock stood paused. */
    void plan(Duration target, SlaTargets targets, BusinessCalendar calendar) {
        if (target == null) {
            warnAt = null;
            dueAt = null;
            return;
        }
        Duration paused = Duration.ofMillis(pausedMillis);
        warnAt = calendar.addBusinessTime(startedAt, targets.warning(target).plus(paused));
        dueAt = calendar.addBusinessTime(startedAt, target.plus(paused));
    }

    /** After a pause: what had not fallen due when it began moves later by the business time it lasted. */
    void shift(Instant pauseStart, Duration paused, BusinessCalendar calendar) {
        pausedMillis += paused.toMillis();
        if (warnAt != null && warnAt.isAfter(pauseStart)) {
            warnAt = calendar.addBusinessTime(warnAt, paused);
        }
        if (dueAt != null && dueAt.isAfter(pauseStart)) {
            dueAt = calendar.addBusinessTime(dueAt, paused);
        }
    }

    void stop(Instant at) {
        if (running()) {
            stoppedAt = at;
        }
    }

    /** The unrecorded warning and breach of a running clock that fell due by {@code horizon}. */
    List<SlaDue> due(SlaTarget target, Instant horizon) {
        return pending(target).filter(due -> !due.dueAt().isAfter(horizon)).toList();
    }

    Stream<SlaDue> pending(SlaTarget target) {
        if (!running()) {
            return Stream.empty();
        }
        Stream.Builder<SlaDue> pending = Stream.builder();
        if (warnAt != null && warnedAt == null) {
            pending.add(new SlaDue(target, SlaDue.Kind.WARNING, warnAt));
        }
        if (dueAt != null && breachedAt == null) {
            pending.add(new SlaDue(target, SlaDue.Kind.BREACH, dueAt));
        }
        return pending.build();
    }

    void record(SlaDue due) {
        switch (due.kind()) {
            case WARNING -> warnedAt = due.dueAt();
            case BREACH -> breachedAt = due.dueAt();
        }
    }
}
