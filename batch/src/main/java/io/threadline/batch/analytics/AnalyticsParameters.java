package io.threadline.batch.analytics;

import io.threadline.reporting.LocalHours;
import io.threadline.reporting.ReportingSettings;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The job parameters of nightly-analytics: {@code date}, the day to compute (ISO, e.g. 2026-11-25; default yesterday
 * in the reporting zone), which must not be in the future; {@code partitions}, how many ranges of the day's hours are
 * counted in parallel (1–24, default 4). The run is the job instance: a restart goes on adding to the same run's facts.
 */
@Dependent
public class AnalyticsParameters {

    @Inject
    JobContext job;

    @Inject
    ReportingSettings settings;

    public LocalDate day() {
        return day(param("date"), settings);
    }

    public int partitions() {
        return partitions(param("partitions"));
    }

    /** Checks the parameters of a start before it happens, so that a wrong one is named and nothing starts. */
    public static void check(Properties parameters, ReportingSettings settings) {
        day(blankToNull(parameters.getProperty("date")), settings);
        partitions(blankToNull(parameters.getProperty("partitions")));
    }

    private static LocalDate day(String date, ReportingSettings settings) {
        if (date == null) {
            return settings.yesterday();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter date must be an ISO day such as 2026-11-25, not '" + date + "'");
        }
        if (day.isAfter(LocalDate.now(settings.zone()))) {
            throw new IllegalArgumentException("Job parameter date must not be in the future (" + date + ", zone "
                    + settings.zone() + ")");
        }
        return day;
    }

    private static int partitions(String partitions) {
        if (partitions == null) {
            return 4;
        }
        try {
            int n = Integer.parseInt(partitions);
            if (n >= 1 && n <= 24) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("Job parameter partitions must be a whole number from 1 to 24, not '" + partitions + "'");
    }

    public long runId() {
        return job.getInstanceId();
    }

    public Instant start() {
        return day().atStartOfDay(settings.zone()).toInstant();
    }

    public Instant end() {
        return day().plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    /** Where the day's local hour {@code hour} (0–24, 24: the day's end) starts, as {@link LocalHours} counts them. */
    public Instant startOfHour(int hour) {
        return LocalHours.start(day(), hour, settings.zone());
    }

    /** The local hour of the day an instant of the day falls in. */
    public int hourOf(Instant at) {
        return at.atZone(settings.zone()).getHour();
    }

    private String param(String name) {
        return blankToNull(job.getProperties().getProperty(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
