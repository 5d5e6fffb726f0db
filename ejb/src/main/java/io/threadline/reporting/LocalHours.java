package io.threadline.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local hours of a day in the reporting zone as ranges of instants. A day with a clock change keeps 24 whole local
 * hours: the hour skipped in spring is empty, the hour repeated in autumn is two hours long, so every instant of the
 * day falls in the range of the hour its local time shows.
 */
public final class LocalHours {

    public static final int HOURS = 24;

    private LocalHours() {
    }

    /** Where local hour {@code hour} (0–24; 24: the next day's start) of {@code day} starts. */
    public static Instant start(LocalDate day, int hour, ZoneId zone) {
        if (hour < 0 || hour > HOURS) {
            throw new IllegalArgumentException("an hour of the day is 0 to 24, not " + hour);
        }
        return hour == HOURS ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }
}
