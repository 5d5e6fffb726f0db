package io.threadline.reporting;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOrdinaryDayHas24HoursOfAnHour() {
        LocalDate day = LocalDate.of(2026, 6, 10);
        assertEquals(Instant.parse("2026-06-09T22:00:00Z"), LocalHours.start(day, 0, BERLIN));
        assertEquals(Instant.parse("2026-06-10T12:00:00Z"), LocalHours.start(day, 14, BERLIN));
        assertEquals(Instant.parse("2026-06-10T22:00:00Z"), LocalHours.start(day, 24, BERLIN));
        for (int hour = 0; hour < 24; hour++) {
            assertEquals(Duration.ofHours(1), length(day, hour), "hour " + hour);
        }
    }

    @Test
    void theHourSkippedInSpringIsEmpty() {
        LocalDate day = LocalDate.of(2026, 3, 29);
        assertEquals(Duration.ZERO, length(day, 2));
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), LocalHours.start(day, 3, BERLIN), "03:00 CEST");
        assertEquals(Duration.ofHours(23), Duration.between(LocalHours.start(day, 0, BERLIN), LocalHours.start(day, 24, BERLIN)));
    }

    @Test
    void theHourRepeatedInAutumnIsTwoHoursLongAndHoldsBoth() {
        LocalDate day = LocalDate.of(2026, 10, 25);
        assertEquals(Duration.ofHours(2), length(day, 2));
        Instant summer = Instant.parse("2026-10-25T00:30:00Z");
        Instant winter = Instant.parse("2026-10-25T01:30:00Z");
        assertEquals(2, summer.atZone(BERLIN).getHour(), "02:30 CEST");
        assertEquals(2, winter.atZone(BERLIN).getHour(), "02:30 CET");
        assertEquals(Instant.parse("2026-10-25T00:00:00Z"), LocalHours.start(day, 2, BERLIN));
        assertEquals(Instant.parse("2026-10-25T02:00:00Z"), LocalHours.start(day, 3, BERLIN));
    }

    @Test
    void anHourOutsideTheDayIsRefused() {
        assertEquals("an hour of the day is 0 to 24, not 25", assertThrows(IllegalArgumentException.class,
                () -> LocalHours.start(LocalDate.of(2026, 6, 10), 25, BERLIN)).getMessage());
    }

    private static Duration length(LocalDate day, int hour) {
        return Duration.between(LocalHours.start(day, hour, BERLIN), LocalHours.start(day, hour + 1, BERLIN));
    }
}
