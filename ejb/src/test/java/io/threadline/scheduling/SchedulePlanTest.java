package io.threadline.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulePlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final JobSchedule NIGHTLY = JobSchedule.parse("nightly-analytics", "30 2 * * *", BERLIN);
    private static final Duration GRACE = Duration.ofMinutes(10);

    @Test
    void aDueTimeIsStartedOnceWithinItsGrace() {
        Instant due = Instant.parse("2026-11-26T01:30:00Z");
        SchedulePlan plan = SchedulePlan.at(due.plusSeconds(20), NIGHTLY, Optional.of(due.minus(Duration.ofDays(1))), GRACE,
                JobSchedules.MissedRuns.RUN).orElseThrow();
        assertEquals(due, plan.dueAt(), "02:30 in Berlin is 01:30 UTC in November");
        assertEquals(ScheduledRun.Outcome.STARTED, plan.outcome());
        assertTrue(SchedulePlan.at(due.plusSeconds(80), NIGHTLY, Optional.of(due), GRACE, JobSchedules.MissedRuns.RUN).isEmpty(),
                "claimed already");
    }

    @Test
    void dueTimesPassedWhileNoServerRanAreStartedLateOrReported() {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");
        Optional<Instant> threeDaysAgo = Optional.of(Instant.parse("2026-11-23T01:30:00Z"));
        SchedulePlan late = SchedulePlan.at(now, NIGHTLY, threeDaysAgo, GRACE, JobSchedules.MissedRuns.RUN).orElseThrow();
        assertEquals(Instant.parse("2026-11-26T01:30:00Z"), late.dueAt());
        assertEquals(ScheduledRun.Outcome.STARTED_LATE, late.outcome());
        assertEquals("2 earlier due times passed while no server was running", late.detail());
        SchedulePlan reported = SchedulePlan.at(now, NIGHTLY, threeDaysAgo, GRACE, JobSchedules.MissedRuns.REPORT).orElseThrow();
        assertEquals(ScheduledRun.Outcome.MISSED, reported.outcome());
        assertTrue(!reported.starts());
    }

    @Test
    void aNewScheduleDoesNotCountTheDueTimesBeforeItAsMissed() {
        assertTrue(SchedulePlan.at(Instant.parse("2026-11-26T09:00:00Z"), NIGHTLY, Optional.empty(), GRACE,
                JobSchedules.MissedRuns.RUN).isEmpty());
    }

    @Test
    void aWrongExpressionIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobSchedule.parse("retention", "at midnight", BERLIN));
        assertTrue(e.getMessage().startsWith("crm.batch.schedule.retention: 'at midnight' is not a cron expression"), e.getMessage());
    }
}
