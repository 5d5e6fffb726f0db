package io.threadline.sla;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String WEEKDAYS = """
            "MON": ["09:00-17:00"], "TUE": ["09:00-17:00"], "WED": ["09:00-17:00"],
            "THU": ["09:00-17:00"], "FRI": ["09:00-17:00"]""";

    /** Mon–Fri 09:00–17:00 in Berlin, no holidays. */
    static BusinessCalendar officeHours() {
        return calendar("Europe/Berlin", WEEKDAYS, "");
    }

    static BusinessCalendar calendar(String zone, String hours, String holidays) {
        return BusinessCalendar.parse(json("{\"name\": \"Office\", \"zone\": \"" + zone + "\", \"hours\": {" + hours
                + "}, \"holidays\": [" + holidays + "]}"));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Instant berlin(String localDateTime) {
        return at(localDateTime, BERLIN);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void fridayAfternoonPlusTwoBusinessHoursIsMondayMorning() {
        assertEquals(berlin("2026-03-09T10:00"), officeHours().addBusinessTime(berlin("2026-03-06T16:00"), Duration.ofHours(2)));
    }

    @Test
    void anAmountThatFillsTheDayEndsAtClosingNotAtTheNextOpening() {
        assertEquals(berlin("2026-03-06T17:00"), officeHours().addBusinessTime(berlin("2026-03-06T09:00"), Duration.ofHours(8)));
    }

    @Test
    void countingStartsAtTheNextOpeningWhenStartedOutsideHours() {
        BusinessCalendar office = officeHours();
        assertEquals(berlin("2026-03-09T10:00"), office.addBusinessTime(berlin("2026-03-07T12:00"), Duration.ofHours(1)));
        assertEquals(berlin("2026-03-09T10:00"), office.addBusinessTime(berlin("2026-03-09T07:00"), Duration.ofHours(1)));
        assertEquals(berlin("2026-03-10T10:00"), office.addBusinessTime(berlin("2026-03-09T18:00"), Duration.ofHours(1)));
    }

    @Test
    void openingHoursAreHalfOpen() {
        BusinessCalendar office = officeHours();
        assertTrue(office.isOpen(berlin("2026-03-09T09:00")));
        assertTrue(office.isOpen(berlin("2026-03-09T16:59")));
        assertFalse(office.isOpen(berlin("2026-03-09T17:00")));
        assertFalse(office.isOpen(berlin("2026-03-07T12:00")), "Saturday");
    }

    @Test
    void nextOpeningIsTheInstantItselfWhenOpen() {
        BusinessCalendar office = officeHours();
        assertEquals(berlin("2026-03-09T11:00"), office.nextOpening(berlin("2026-03-09T11:00")).orElseThrow());
        assertEquals(berlin("2026-03-09T09:00"), office.nextOpening(berlin("2026-03-06T17:00")).orElseThrow());
    }

    @Test
    void splitShiftsSkipTheLunchBreak() {
        BusinessCalendar split = calendar("Europe/Berlin", "\"MON\": [\"13:00-17:00\", \"09:00-12:00\"]", "");
        assertEquals(berlin("2026-03-09T14:00"), split.addBusinessTime(berlin("2026-03-09T11:00"), Duration.ofHours(2)));
        assertFalse(split.isOpen(berlin("2026-03-09T12:30")));
        assertEquals(Duration.ofHours(7), split.businessTimeBetween(berlin("2026-03-09T00:00"), berlin("2026-03-10T00:00")));
        assertEquals(berlin("2026-03-16T10:00"), split.addBusinessTime(berlin("2026-03-09T16:00"), Duration.ofHours(2)),
                "a week later: only Mondays open");
    }

    @Test
    void aHolidayMondaySkipsToTuesday() {
        BusinessCalendar office = calendar("Europe/Berlin", WEEKDAYS, "\"2026-03-09\"");
        assertEquals(berlin("2026-03-10T10:00"), office.addBusinessTime(berlin("2026-03-06T16:00"), Duration.ofHours(2)));
        assertFalse(office.isOpen(berlin("2026-03-09T10:00")));
    }

    @Test
    void aDueTimeAcrossBerlinsSpringForwardLandsOnTheLocalWallTime() {
        Instant due = officeHours().addBusinessTime(berlin("2026-03-27T16:00"), Duration.ofHours(2));
        assertEquals(berlin("2026-03-30T10:00"), due);
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), due, "CEST is UTC+2");
    }

    @Test
    void aDueTimeAcrossBerlinsFallBackLandsOnTheLocalWallTime() {
        Instant due = officeHours().addBusinessTime(berlin("2026-10-23T16:00"), Duration.ofHours(2));
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), due, "10:00 CET is UTC+1");
    }

    @Test
    void anIntervalOverTheDstGapIsAnHourShorterThatDay() {
        BusinessCalendar sundays = calendar("Europe/Berlin", "\"SUN\": [\"01:00-04:00\"]", "");
        assertEquals(Duration.ofHours(2), sundays.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(4), sundays.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")));
        assertEquals(Duration.ofHours(3), sundays.businessTimeBetween(berlin("2026-03-22T00:00"), berlin("2026-03-23T00:00")));
    }

    @Test
    void wholeDayIntervalsFollowTheLengthOfTheLocalDay() {
        BusinessCalendar weekends = calendar("Europe/Berlin", "\"SAT\": [\"00:00-24:00\"], \"SUN\": [\"00:00-24:00\"]", "");
        assertEquals(Duration.ofHours(47), weekends.businessTimeBetween(berlin("2026-03-27T00:00"), berlin("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(49), weekends.businessTimeBetween(berlin("2026-10-23T00:00"), berlin("2026-10-26T00:00")));
        assertEquals(berlin("2026-03-29T01:00"), weekends.addBusinessTime(berlin("2026-03-27T23:00"), Duration.ofHours(25)));
        assertTrue(weekends.isOpen(berlin("2026-03-28T23:59")));
    }

    @Test
    void aDueTimeAcrossNewYorksSpringForwardLandsOnTheLocalWallTime() {
        ZoneId newYork = ZoneId.of("America/New_York");
        BusinessCalendar everyDay = calendar("America/New_York", WEEKDAYS
                + ", \"SAT\": [\"09:00-17:00\"], \"SUN\": [\"09:00-17:00\"]", "");
        Instant due = everyDay.addBusinessTime(at("2026-03-07T16:00", newYork), Duration.ofHours(2));
        assertEquals(at("2026-03-08T10:00", newYork), due);
        assertEquals(Instant.parse("2026-03-08T14:00:00Z"), due, "EDT is UTC-4");
    }

    @Test
    void thirtyDaysOfBusinessTimeAreEighteenWeeksOfOfficeHours() {
        Instant due = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> officeHours().addBusinessTime(berlin("2026-01-05T09:00"), Duration.ofDays(30)));
        assertEquals(berlin("2026-05-08T17:00"), due, "720 h = 90 days of 8 h = 18 weeks, ending on a Friday");
    }

    @Test
    void alwaysOpenCountsWallClockTime() {
        BusinessCalendar always = BusinessCalendar.always("UTC");
        Instant start = Instant.parse("2026-03-06T16:00:00Z");
        assertEquals(start.plus(Duration.ofDays(30)), always.addBusinessTime(start, Duration.ofDays(30)));
        assertTrue(always.isOpen(Instant.parse("2026-03-08T03:00:00Z")));
    }

    @Test
    void businessTimeBetweenIsTheInverseOfAddBusinessTime() {
        BusinessCalendar calendar = calendar("Europe/Berlin", WEEKDAYS.replace("\"WED\": [\"09:00-17:00\"]",
                "\"WED\": [\"08:00-12:00\", \"12:30-18:15\"]") + ", \"SUN\": [\"00:00-24:00\"]", "\"2026-03-31\", \"2026-10-26\"");
        for (String start : new String[] {"2026-03-27T16:00", "2026-03-28T12:00", "2026-03-29T02:30", "2026-10-24T23:00",
                "2026-10-25T02:30", "2026-03-25T12:10"}) {
            for (Duration amount : new Duration[] {Duration.ofMinutes(1), Duration.ofHours(5), Duration.ofHours(23),
                    Duration.ofHours(24), Duration.ofDays(9).plusMinutes(7)}) {
                Instant from = berlin(start);
                Instant end = calendar.addBusinessTime(from, amount);
                assertEquals(amount, calendar.businessTimeBetween(from, end), start + " + " + amount);
            }
        }
    }

    @Test
    void noBusinessTimeLiesBetweenAnInstantAndAnEarlierOne() {
        assertEquals(Duration.ZERO, officeHours().businessTimeBetween(berlin("2026-03-09T12:00"), berlin("2026-03-09T10:00")));
        assertEquals(Duration.ZERO, officeHours().businessTimeBetween(berlin("2026-03-07T12:00"), berlin("2026-03-08T12:00")));
    }

    @Test
    void theJsonFormListsOpenDaysInWeekOrderWithSortedIntervals() {
        BusinessCalendar calendar = calendar("Europe/Berlin",
                "\"TUE\": [\"13:00-17:00\", \"09:00-12:00\"], \"MON\": [\"00:00-24:00\"], \"SAT\": []",
                "\"2026-12-26\", \"2026-12-25\"");
        assertEquals(json("""
                {"name": "Office", "zone": "Europe/Berlin",
                 "hours": {"MON": ["00:00-24:00"], "TUE": ["09:00-12:00", "13:00-17:00"]},
                 "holidays": ["2026-12-25", "2026-12-26"]}"""), calendar.toJson());
        assertEquals(calendar.toJson(), BusinessCalendar.parse(calendar.toJson()).toJson());
    }
}
