package io.threadline.batch.erpimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * How the file writes its times (job parameters dateFormat and zone). A time without a zone or offset is in
 * {@code zone}; a date without a time is the start of that day. Dates are read strictly: 2026-02-30 is refused.
 */
record ImportDates(DateTimeFormatter format, String pattern, ZoneId zone) {

    static final String ISO = "ISO-8601";

    private static final DateTimeFormatter ISO_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    static ImportDates of(String pattern, String zone) {
        ZoneId zoneId = zone(zone);
        ImportDates dates = new ImportDates(pattern == null ? ISO_FORMAT : format(pattern), pattern == null ? ISO : pattern, zoneId);
        ZonedDateTime sample = ZonedDateTime.of(2026, 11, 20, 10, 30, 45, 0, zoneId);
        try {
            dates.parse(dates.format.format(sample));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Job parameter dateFormat: '" + pattern
                    + "' does not make a date (it needs at least the year, month and day, e.g. dd.MM.yyyy HH:mm)");
        }
        return dates;
    }

    Instant parse(String text) {
        TemporalAccessor parsed = format.parse(text);
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeParseException("no date in '" + text + "'", text, 0);
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId written = parsed.query(TemporalQueries.zone());
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(written == null ? zone : written).toInstant();
    }

    /** How an operator recognizes the format: the pattern, or ISO-8601 with an example. */
    String describe() {
        return pattern.equals(ISO) ? "ISO-8601 (e.g. 2026-11-20T10:30:00Z, or 2026-11-20 for a day)" : pattern;
    }

    private static DateTimeFormatter format(String pattern) {
        try {
            // A year of era (yyyy) needs its era to be read strictly; the era is ours, AD.
            return new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Job parameter dateFormat: '" + pattern + "' is not a date format: " + e.getMessage());
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Job parameter zone: '" + zone + "' is not a time zone (e.g. UTC, Europe/Rome, +01:00)");
        }
    }
}
