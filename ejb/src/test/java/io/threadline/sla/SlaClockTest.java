package io.threadline.sla;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.threadline.sla.BusinessCalendarTest.berlin;
import static io.threadline.sla.BusinessCalendarTest.json;
import static io.threadline.sla.SlaDue.Kind.BREACH;
import static io.threadline.sla.SlaDue.Kind.WARNING;
import static io.threadline.sla.SlaTarget.FIRST_RESPONSE;
import static io.threadline.sla.SlaTarget.NEXT_RESPONSE;
import static io.threadline.sla.SlaTarget.RESOLUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Office hours Mon–Fri 09:00–17:00 in Berlin; 2026-03-09 is a Monday. */
class SlaClockTest {

    private static final BusinessCalendar OFFICE = BusinessCalendarTest.officeHours();
    private static final SlaTargets STANDARD = SlaTargets.parse(
            json("{\"firstResponse\": \"PT1H\", \"nextResponse\": \"PT4H\", \"resolution\": \"P2D\"}"));
    private static final Instant MONDAY_10 = berlin("2026-03-09T10:00");

    private final SlaClock clock = SlaClock.start("Standard", STANDARD, OFFICE, MONDAY_10);

    @Test
    void firstResponseAndResolutionFallDueInBusinessTimeFromTheStart() {
        assertEquals("Standard", clock.policy());
        assertEquals(berlin("2026-03-09T11:00"), clock.firstResponseDueAt());
        assertEquals(berlin("2026-03-17T10:00"), clock.resolutionDueAt(), "48 business hours = 6 days of 8 h");
        assertNull(clock.nextResponseDueAt());
        assertEquals(Optional.of(berlin("2026-03-09T10:48")), clock.nextDeadline(), "the first response's warning at 80 %");
    }

    @Test
    void aConversationOpenedAfterHoursIsDueAfterTheNextOpening() {
        SlaClock late = SlaClock.start("Standard", STANDARD, OFFICE, berlin("2026-03-06T16:30"));
        assertEquals(berlin("2026-03-09T09:30"), late.firstResponseDueAt());
    }

    @Test
    void theFirstReplySatisfiesTheFirstResponse() {
        clock.agentReplied(berlin("2026-03-09T10:30"));
        assertEquals(berlin("2026-03-09T10:30"), clock.firstResponseAt());
        assertEquals(List.of(), clock.due(berlin("2026-03-09T12:00")));
        assertEquals(Optional.of(berlin("2026-03-13T16:24")), clock.nextDeadline(), "the resolution's warning");
        clock.agentReplied(berlin("2026-03-09T11:30"));
        assertEquals(berlin("2026-03-09T10:30"), clock.firstResponseAt(), "only the first reply counts");
    }

    @Test
    void aCustomerMessageBeforeTheFirstResponseStartsNoNextResponse() {
        clock.customerWrote(berlin("2026-03-09T10:10"), STANDARD, OFFICE);
        assertNull(clock.nextResponseDueAt());
    }

    @Test
    void eachAnsweredReplyStartsOneNextResponseClock() {
        clock.agentReplied(berlin("2026-03-09T10:30"));
        clock.customerWrote(berlin("2026-03-09T11:00"), STANDARD, OFFICE);
        assertEquals(berlin("2026-03-09T15:00"), clock.nextResponseDueAt());
        clock.customerWrote(berlin("2026-03-09T12:00"), STANDARD, OFFICE);
        assertEquals(berlin("2026-03-09T15:00"), clock.nextResponseDueAt(), "already running: the customer still waits since 11:00");
        assertEquals(Optional.of(berlin("2026-03-09T14:12")), clock.nextDeadline());

        clock.agentReplied(berlin("2026-03-09T13:00"));
        assertNull(clock.nextResponseDueAt());
        clock.customerWrote(berlin("2026-03-09T14:00"), STANDARD, OFFICE);
        assertEquals(berlin("2026-03-10T10:00"), clock.nextResponseDueAt(), "3 h today, 1 h on Tuesday");
    }

    @Test
    void aPauseOfTwoBusinessHoursMovesTheDueTimesByTwoBusinessHours() {
        clock.pause(berlin("2026-03-09T10:15"));
        clock.pause(berlin("2026-03-09T11:00"));
        assertEquals(berlin("2026-03-09T10:15"), clock.pausedSince(), "pausing again changes nothing");
        clock.resume(berlin("2026-03-09T12:15"), OFFICE);
        assertNull(clock.pausedSince());
        assertEquals(berlin("2026-03-09T13:00"), clock.firstResponseDueAt());
        assertEquals(berlin("2026-03-17T12:00"), clock.resolutionDueAt());
        assertEquals(Optional.of(berlin("2026-03-09T12:48")), clock.nextDeadline());
    }

    @Test
    void aPauseOutsideBusinessHoursMovesNothing() {
        SlaClock friday = SlaClock.start("Standard", STANDARD, OFFICE, berlin("2026-03-06T16:30"));
        friday.pause(berlin("2026-03-06T17:00"));
        friday.resume(berlin("2026-03-09T09:00"), OFFICE);
        assertEquals(berlin("2026-03-09T09:30"), friday.firstResponseDueAt());
    }

    @Test
    void aPauseOverTheWeekendMovesDueTimesByTheBusinessHoursAroundIt() {
        SlaClock friday = SlaClock.start("Standard", STANDARD, OFFICE, berlin("2026-03-06T16:30"));
        friday.pause(berlin("2026-03-06T16:45"));
        friday.resume(berlin("2026-03-09T09:30"), OFFICE);
        assertEquals(berlin("2026-03-09T10:15"), friday.firstResponseDueAt(), "15 min on Friday + 30 min on Monday");
    }

    @Test
    void nothingFallsDueWhilePaused() {
        clock.pause(berlin("2026-03-09T10:15"));
        assertEquals(Optional.empty(), clock.nextDeadline());
        assertEquals(List.of(), clock.due(berlin("2026-03-20T10:00")));
    }

    @Test
    void aWarningThatFellDueBeforeThePauseStillFiresAndStaysPut() {
        clock.pause(berlin("2026-03-09T10:50"));
        SlaDue warning = new SlaDue(FIRST_RESPONSE, WARNING, berlin("2026-03-09T10:48"));
        assertEquals(Optional.of(warning.dueAt()), clock.nextDeadline());
        assertEquals(List.of(warning), clock.due(berlin("2026-03-09T12:00")));
        clock.resume(berlin("2026-03-09T11:50"), OFFICE);
        assertEquals(berlin("2026-03-09T12:00"), clock.firstResponseDueAt());
        assertEquals(List.of(warning), clock.due(berlin("2026-03-09T11:55")));
    }

    @Test
    void theWarningComesBeforeTheBreachAndEachFiresOnce() {
        assertEquals(List.of(), clock.due(berlin("2026-03-09T10:47")));
        List<SlaDue> warnings = clock.due(berlin("2026-03-09T10:50"));
        assertEquals(List.of(new SlaDue(FIRST_RESPONSE, WARNING, berlin("2026-03-09T10:48"))), warnings);
        clock.record(warnings.get(0));
        assertEquals(List.of(), clock.due(berlin("2026-03-09T10:55")));
        assertEquals(Optional.of(berlin("2026-03-09T11:00")), clock.nextDeadline());

        List<SlaDue> breaches = clock.due(berlin("2026-03-09T11:05"));
        assertEquals(List.of(new SlaDue(FIRST_RESPONSE, BREACH, berlin("2026-03-09T11:00"))), breaches);
        clock.record(breaches.get(0));
        assertEquals(List.of(), clock.due(berlin("2026-03-09T11:30")));
        assertEquals(breaches, clock.breaches());
    }

    @Test
    void aLateSweepGetsTheWarningAndTheBreachInOrder() {
        assertEquals(List.of(new SlaDue(FIRST_RESPONSE, WARNING, berlin("2026-03-09T10:48")),
                new SlaDue(FIRST_RESPONSE, BREACH, berlin("2026-03-09T11:00")),
                new SlaDue(RESOLUTION, WARNING, berlin("2026-03-13T16:24"))), clock.due(berlin("2026-03-16T12:00")));
    }

    @Test
    void resolvingStopsEveryClock() {
        clock.agentReplied(berlin("2026-03-09T10:30"));
        clock.customerWrote(berlin("2026-03-09T11:00"), STANDARD, OFFICE);
        clock.resolved(berlin("2026-03-09T11:30"));
        clock.pause(berlin("2026-03-09T11:40"));
        assertNull(clock.pausedSince());
        assertEquals(berlin("2026-03-09T11:30"), clock.resolvedAt());
        assertEquals(Optional.empty(), clock.nextDeadline());
        assertEquals(List.of(), clock.due(berlin("2026-04-30T12:00")));
    }

    @Test
    void reopeningRunsResolutionAndNextResponseAfresh() {
        clock.agentReplied(berlin("2026-03-09T10:30"));
        clock.resolved(berlin("2026-03-09T11:30"));
        clock.reopened(berlin("2026-03-11T09:00"), STANDARD, OFFICE);
        assertNull(clock.resolvedAt());
        assertEquals(berlin("2026-03-11T13:00"), clock.nextResponseDueAt());
        assertEquals(berlin("2026-03-18T17:00"), clock.resolutionDueAt());
        assertEquals(Optional.of(berlin("2026-03-11T12:12")), clock.nextDeadline());
        assertEquals(List.of(new SlaDue(NEXT_RESPONSE, BREACH, berlin("2026-03-11T13:00"))),
                clock.due(berlin("2026-03-11T14:00")).stream().filter(due -> due.kind() == BREACH).toList());
    }

    @Test
    void aNewPolicyRecomputesFromTheStartAndKeepsThePausedTime() {
        clock.pause(berlin("2026-03-09T10:15"));
        clock.resume(berlin("2026-03-09T12:15"), OFFICE);
        SlaTargets vip = SlaTargets.parse(json("{\"firstResponse\": \"PT2H\", \"resolution\": \"PT8H\"}")).withWarnAt(0.5);
        clock.repolicy("VIP", vip, OFFICE);
        assertEquals("VIP", clock.policy());
        assertEquals(berlin("2026-03-09T14:00"), clock.firstResponseDueAt(), "10:00 + 2 h target + 2 h paused");
        assertEquals(berlin("2026-03-10T12:00"), clock.resolutionDueAt(), "8 h target + 2 h paused");
        assertEquals(Optional.of(berlin("2026-03-09T13:00")), clock.nextDeadline(), "warning at 50 %, after the pause");
    }

    @Test
    void aStricterPolicyCanPutADueTimeInThePast() {
        clock.repolicy("Urgent", SlaTargets.parse(json("{\"firstResponse\": \"PT15M\"}")), OFFICE);
        assertNull(clock.resolutionDueAt(), "the new policy sets no resolution target");
        assertEquals(List.of(new SlaDue(FIRST_RESPONSE, WARNING, berlin("2026-03-09T10:12")),
                new SlaDue(FIRST_RESPONSE, BREACH, berlin("2026-03-09T10:15"))), clock.due(berlin("2026-03-09T10:30")));
    }

    @Test
    void aPolicyChangeWhilePausedKeepsBothTheAccruedAndTheRunningPause() {
        clock.pause(berlin("2026-03-09T10:15"));
        clock.resume(berlin("2026-03-09T11:15"), OFFICE);
        clock.pause(berlin("2026-03-09T11:30"));
        clock.repolicy("VIP", SlaTargets.parse(json("{\"firstResponse\": \"PT2H\"}")), OFFICE);
        clock.resume(berlin("2026-03-09T12:30"), OFFICE);
        assertEquals(berlin("2026-03-09T14:00"), clock.firstResponseDueAt(), "10:00 + 2 h target + 1 h + 1 h paused");
    }

    @Test
    void theJsonFormCarriesDueTimesPauseAndBreaches() {
        clock.record(new SlaDue(FIRST_RESPONSE, BREACH, berlin("2026-03-09T11:00")));
        clock.pause(berlin("2026-03-09T11:10"));
        assertEquals(json("""
                {"policy": "Standard", "firstResponseDueAt": "2026-03-09T10:00:00Z", "firstResponseAt": null,
                 "nextResponseDueAt": null, "resolutionDueAt": "2026-03-17T09:00:00Z", "pausedSince": "2026-03-09T10:10:00Z",
                 "breaches": [{"target": "FIRST_RESPONSE", "at": "2026-03-09T10:00:00Z"}]}"""), clock.toJson());
    }
}
