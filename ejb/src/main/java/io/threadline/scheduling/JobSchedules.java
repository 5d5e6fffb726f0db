package io.threadline.scheduling;

import io.threadline.reporting.ReportingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * The jobs' schedules from configuration: {@code crm.batch.schedule.<job>} is a cron expression in the reporting zone,
 * or {@code off}. {@code nightly-analytics} runs at 02:30, {@code identity-dedupe} at 03:00, {@code purchase-associations} at 03:30 and
 * {@code similar-conversations-reindex} at 04:45 unless configured
 * otherwise; no other job runs by itself unless given a schedule. {@code crm.batch.missed-runs} says what a server does with a due time it finds passed by
 * more than {@code crm.batch.start-grace} (the servers were down): {@code run} it once now, or {@code report} it only.
 */
@ApplicationScoped
public class JobSchedules {

    public static final String KEY_PREFIX = "crm.batch.schedule.";
    static final Map<String, String> DEFAULTS = Map.of("nightly-analytics", "30 2 * * *", "identity-dedupe", "0 3 * * *",
            "purchase-associations", "30 3 * * *", "similar-conversations-reindex", "45 4 * * *");

    public enum MissedRuns { RUN, REPORT }

    /** A job's schedule as configured: the schedule, or why the configured expression is not one. */
    public record Entry(String job, String expression, JobSchedule schedule, String error) {
        public boolean isActive() {
            return schedule != null;
        }
    }

    @Inject
    Config config;

    @Inject
    ReportingSettings settings;

    public List<Entry> all() {
        Map<String, String> expressions = new TreeMap<>();
        DEFAULTS.forEach((job, expression) -> expressions.put(job,
                config.getOptionalValue(KEY_PREFIX + job, String.class).orElse(expression)));
        StreamSupport.stream(config.getPropertyNames().spliterator(), false).filter(name -> name.startsWith(KEY_PREFIX))
                .forEach(name -> expressions.put(name.substring(KEY_PREFIX.length()), config.getValue(name, String.class)));
        List<Entry> entries = new ArrayList<>();
        expressions.forEach((job, expression) -> {
            if (expression.isBlank() || expression.trim().equalsIgnoreCase("off")) {
                entries.add(new Entry(job, "off", null, null));
                return;
            }
            try {
                entries.add(new Entry(job, expression.trim(), JobSchedule.parse(job, expression, settings.zone()), null));
            } catch (IllegalArgumentException e) {
                entries.add(new Entry(job, expression.trim(), null, e.getMessage()));
            }
        });
        return entries;
    }

    public MissedRuns missedRuns() {
        String value = config.getOptionalValue("crm.batch.missed-runs", String.class).orElse("run").trim();
        try {
            return MissedRuns.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("crm.batch.missed-runs must be run or report, not " + value);
        }
    }

    public Duration startGrace() {
        return config.getOptionalValue("crm.batch.start-grace", Duration.class).orElse(Duration.ofMinutes(10));
    }
}
