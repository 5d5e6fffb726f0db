package io.threadline.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a server does with a job's schedule at a tick: nothing (no due time since the last claimed one), start it, or
 * record a due time passed while no server ran, started late or only reported as {@code crm.batch.missed-runs} says.
 * A job never scheduled before does not count the due times before its first tick as missed.
 */
public record SchedulePlan(String job, Instant dueAt, ScheduledRun.Outcome outcome, String detail) {

    public static Optional<SchedulePlan> at(Instant now, JobSchedule schedule, Optional<Instant> lastClaimed,
                                            Duration grace, JobSchedules.MissedRuns missedRuns) {
        Optional<Instant> due = schedule.lastDue(now);
        if (due.isEmpty() || lastClaimed.filter(last -> !due.get().isAfter(last)).isPresent()) {
            return Optional.empty();
        }
        boolean late = due.get().isBefore(now.minus(grace));
        if (late && lastClaimed.isEmpty()) {
            return Optional.empty();
        }
        int passed = lastClaimed.map(last -> schedule.dueTimesBetween(last, due.get()) - 1).orElse(0);
        String detail = passed > 0 ? passed + (passed == 1 ? " earlier due time" : " earlier due times")
                + " passed while no server was running" : null;
        ScheduledRun.Outcome outcome = !late ? ScheduledRun.Outcome.STARTED
                : missedRuns == JobSchedules.MissedRuns.RUN ? ScheduledRun.Outcome.STARTED_LATE : ScheduledRun.Outcome.MISSED;
        return Optional.of(new SchedulePlan(schedule.job(), due.get(), outcome, detail));
    }

    public boolean starts() {
        return outcome != ScheduledRun.Outcome.MISSED;
    }
}
