package io.threadline.reporting;

import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A report over the days {@code from} to {@code to} (both included, in the reporting zone), optionally for one
 * channel, team and agent. Read from request parameters, each checked and named when wrong; a team or agent is refused
 * for a report that has none (deflection), rather than answered with no rows.
 */
public record ReportQuery(ReportName report, LocalDate from, LocalDate to, String channel, String team, String agent,
                          List<String> by) {

    public static final int MAX_DAYS = 366;
    private static final Set<String> PARAMETERS = Set.of("from", "to", "channel", "team", "agent", "by", "format");

    public static ReportQuery of(ReportName report, Map<String, String> parameters) {
        parameters.keySet().stream().filter(p -> !PARAMETERS.contains(p)).findFirst().ifPresent(p -> {
            throw new InvalidInputException(p, "is not a report parameter; use from, to, channel, team, agent, by");
        });
        LocalDate from = day(parameters.get("from"), "from");
        LocalDate to = day(parameters.get("to"), "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + MAX_DAYS + " days after from");
        }
        String channel = blankToNull(parameters.get("channel"));
        if (channel != null && Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
            throw new InvalidInputException("channel", "must be one of " + Arrays.toString(Channel.values()) + ", not " + channel);
        }
        String by = blankToNull(parameters.get("by"));
        List<String> dimensions = by == null ? report.defaultDimensions() : Arrays.stream(by.split(",")).map(String::trim).toList();
        for (String dimension : dimensions) {
            if (!report.dimensions().contains(dimension)) {
                throw new InvalidInputException("by", "'" + dimension + "' is not a dimension of " + report.wireName()
                        + "; use " + String.join(", ", report.dimensions()));
            }
        }
        return new ReportQuery(report, from, to, channel, filter(report, parameters, "team"), filter(report, parameters, "agent"),
                dimensions);
    }

    /**
     * The report as {@code report-export} writes it for BI tools: a row per day and per the report's own dimensions,
     * channel, queue, team and agent where it has them, the finest grain a tool can add up again (counts, not
     * percentiles).
     */
    public static ReportQuery forExport(ReportName report, LocalDate from, LocalDate to) {
        Set<String> dimensions = new LinkedHashSet<>();
        dimensions.add("day");
        dimensions.addAll(report.defaultDimensions());
        Stream.of("channel", "queue", "team", "agent").filter(report.dimensions()::contains).forEach(dimensions::add);
        return new ReportQuery(report, from, to, null, null, null, List.copyOf(dimensions));
    }

    /** The team or agent ({@code name}) the report is for, if any; refused where the report has no such dimension. */
    private static String filter(ReportName report, Map<String, String> parameters, String name) {
        String value = blankToNull(parameters.get(name));
        if (value != null && !report.dimensions().contains(name)) {
            throw new InvalidInputException(name, "does not apply to " + report.wireName() + ", which has no " + name
                    + "; its dimensions are " + String.join(", ", report.dimensions()));
        }
        return value;
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "is required: an ISO day such as 2026-11-25");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO day such as 2026-11-25, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
