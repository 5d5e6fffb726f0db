package io.threadline.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One fact as a report reads it, an hour's or a day's: a count, or a duration's histogram with its buckets in
 * {@code buckets} ({@link Histogram#encoded}; null for a count).
 */
record FactRow(LocalDate day, int hour, String channel, String queue, String team, String agent, Measure measure,
               String detail, long n, long total, String buckets) {

    /** The fact's values of the dimensions; a report's own dimension (target, from, band) is the fact's detail. */
    List<Comparable<?>> key(List<String> dimensions) {
        return dimensions.stream().<Comparable<?>>map(dimension -> switch (dimension) {
            case "day" -> day;
            case "weekday" -> day.getDayOfWeek();
            case "hour" -> hour;
            case "channel" -> channel;
            case "queue" -> queue;
            case "team" -> team;
            case "agent" -> agent;
            case "target", "from", "band" -> detail;
            default -> throw new IllegalArgumentException("no dimension " + dimension);
        }).toList();
    }

    /** A dimension's value as a report shows it: none (an empty name) as null. */
    static Object display(Comparable<?> value) {
        if (value instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (value instanceof DayOfWeek || value instanceof LocalDate) {
            return value.toString();
        }
        return value;
    }
}
