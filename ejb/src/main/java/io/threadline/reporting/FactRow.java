package io.threadline.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** One fact as a report reads it. */
record FactRow(LocalDate day, int hour, String channel, String queue, String team, String agent, Measure measure,
               String detail, int bucket, long n, long total) {

    static FactRow of(Object[] r) {
        return new FactRow((LocalDate) r[0], (Integer) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                Measure.valueOf((String) r[6]), (String) r[7], (Integer) r[8], (Long) r[9], (Long) r[10]);
    }

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
