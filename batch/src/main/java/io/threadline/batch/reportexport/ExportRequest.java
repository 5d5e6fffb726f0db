package io.threadline.batch.reportexport;

import io.threadline.reporting.ReportName;
import io.threadline.reporting.ReportQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What a report-export run writes, from its job parameters: {@code from} (ISO day, default yesterday in the reporting
 * zone), {@code to} (default {@code from}; not before it, not in the future, at most 366 days after it) and
 * {@code reports} (comma-separated report names; default all). Any other parameter is refused, so a misspelt one is
 * named instead of ignored.
 */
public record ExportRequest(LocalDate from, LocalDate to, List<ReportName> reports) {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "reports");

    public static ExportRequest of(Properties parameters, ZoneId zone) {
        parameters.stringPropertyNames().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Job parameter " + name + " is not one of report-export's: from, to, reports");
        });
        LocalDate today = LocalDate.now(zone);
        LocalDate from = day(parameters, "from", today.minusDays(1));
        LocalDate to = day(parameters, "to", from);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Job parameter to (" + to + ") must not be before from (" + from + ")");
        }
        if (to.isAfter(today)) {
            throw new IllegalArgumentException("Job parameter to must not be in the future (" + to + ", zone " + zone + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= ReportQuery.MAX_DAYS) {
            throw new IllegalArgumentException("Job parameter to must be at most " + ReportQuery.MAX_DAYS + " days after from");
        }
        return new ExportRequest(from, to, reports(parameters.getProperty("reports")));
    }

    /** The folder of the run's files: the day, or the first and last day. */
    public String folderName() {
        return from.equals(to) ? from.toString() : from + "_" + to;
    }

    private static LocalDate day(Properties parameters, String name, LocalDate otherwise) {
        String value = parameters.getProperty(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter " + name + " must be an ISO day such as 2026-11-25, not '" + value + "'");
        }
    }

    private static List<ReportName> reports(String value) {
        if (value == null || value.isBlank()) {
            return List.of(ReportName.values());
        }
        return Arrays.stream(value.split(",")).map(String::trim).distinct().map(name -> ReportName.parse(name)
                .orElseThrow(() -> new IllegalArgumentException("Job parameter reports names '" + name + "', which is not a report; use "
                        + String.join(", ", Arrays.stream(ReportName.values()).map(ReportName::wireName).toList()))))
                .toList();
    }
}
