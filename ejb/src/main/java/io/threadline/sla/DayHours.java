package io.threadline.sla;

import io.threadline.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The opening intervals of one weekday as wall-clock times, sorted and not overlapping. */
record DayHours(List<Interval> intervals) {

    static final DayHours WHOLE_DAY = new DayHours(List.of(new Interval(0, Interval.MINUTES_PER_DAY)));

    private static final Pattern INTERVAL = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    DayHours {
        intervals = intervals.stream().sorted(Comparator.comparingInt(Interval::startMinute)).toList();
    }

    /** Reads {@code ["09:00-12:00", "13:00-17:00"]}; {@code field} is the day's JSON path, e.g. {@code hours.MON}. */
    static DayHours parse(String field, List<String> texts) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String itemField = field + "[" + i + "]";
            Interval interval = Interval.parse(itemField, texts.get(i));
            for (Interval earlier : intervals) {
                if (interval.overlaps(earlier)) {
                    throw new InvalidInputException(itemField, "'" + interval + "' overlaps '" + earlier + "'");
                }
            }
            intervals.add(interval);
        }
        return new DayHours(intervals);
    }

    List<String> texts() {
        return intervals.stream().map(Interval::toString).toList();
    }

    /** This day's intervals on {@code date} as instants; an interval over a DST gap is shorter that day. */
    List<OpenSpan> spansOn(LocalDate date, ZoneId zone) {
        return intervals.stream()
                .map(interval -> new OpenSpan(interval.startOn(date, zone), interval.endOn(date, zone)))
                .filter(span -> span.end().isAfter(span.start()))
                .toList();
    }

    /** Minutes since midnight, half-open: [start, end); an end of 1440 is the day's 24:00. */
    record Interval(int startMinute, int endMinute) {

        static final int MINUTES_PER_DAY = 24 * 60;

        static Interval parse(String field, String text) {
            Matcher matcher = INTERVAL.matcher(text);
            if (!matcher.matches()) {
                throw new InvalidInputException(field, "'" + text + "' is not an interval such as 09:00-17:00");
            }
            int start = minute(field, text, matcher.group(1), matcher.group(2));
            int end = minute(field, text, matcher.group(3), matcher.group(4));
            if (start == MINUTES_PER_DAY) {
                throw new InvalidInputException(field, "'" + text + "' starts at 24:00; a day starts at 00:00");
            }
            if (start >= end) {
                throw new InvalidInputException(field, "'" + text + "' must start before it ends");
            }
            return new Interval(start, end);
        }

        private static int minute(String field, String text, String hours, String minutes) {
            int hour = Integer.parseInt(hours);
            int minute = Integer.parseInt(minutes);
            if (hour > 24 || minute > 59 || hour == 24 && minute > 0) {
                throw new InvalidInputException(field, "'" + text + "' has a time that does not exist (00:00 to 24:00)");
            }
            return hour * 60 + minute;
        }

        boolean overlaps(Interval other) {
            return startMinute < other.endMinute && other.startMinute < endMinute;
        }

        Instant startOn(LocalDate date, ZoneId zone) {
            return at(date, startMinute, zone);
        }

        Instant endOn(LocalDate date, ZoneId zone) {
            return at(date, endMinute, zone);
        }

        private static Instant at(LocalDate date, int minute, ZoneId zone) {
            if (minute == MINUTES_PER_DAY) {
                return ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant();
            }
            return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
        }

        @Override
        public String toString() {
            return "%02d:%02d-%02d:%02d".formatted(startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60);
        }
    }
}
