package io.threadline.retention;

import io.threadline.shared.JobParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run of retention does: the cutoff of each target (what is older goes; none when the target is off) and
 * whether it is a dry run. Built from the job parameters over the configured periods; a wrong or unknown parameter is
 * refused naming it, before anything is done (a misspelt {@code dryRun} must never turn a dry run into a real one).
 */
public record RetentionPolicy(Instant asOf, boolean dryRun, Map<RetentionTarget, Instant> cutoffs) {

    public static final String AS_OF = "asOf";
    public static final String DRY_RUN = "dryRun";
    public static final String CHUNK_SIZE = "chunkSize";
    static final int MAX_CHUNK_SIZE = 1000;

    public RetentionPolicy {
        cutoffs = cutoffs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cutoffs));
    }

    /**
     * The policy of a run started at {@code now} with {@code parameters}: {@code asOf} (an ISO day in {@code zone}, not
     * in the future; the run then acts as at that day's start), {@code dryRun} (true or false), a period per target
     * ({@link RetentionTarget#parameter()}, else {@code configured}) and {@code chunkSize}, checked here too.
     */
    public static RetentionPolicy of(Properties parameters, Map<RetentionTarget, RetentionPeriod> configured, ZoneId zone,
                                     Instant now) {
        JobParameters.requireKnown(parameters, names(), "retention");
        ZonedDateTime asOf = asOf(JobParameters.value(parameters, AS_OF), zone, now);
        boolean dryRun = JobParameters.trueOrFalse(DRY_RUN, JobParameters.value(parameters, DRY_RUN), false);
        chunkSize(JobParameters.value(parameters, CHUNK_SIZE));
        Map<RetentionTarget, Instant> cutoffs = new EnumMap<>(RetentionTarget.class);
        for (RetentionTarget target : RetentionTarget.values()) {
            String value = JobParameters.value(parameters, target.parameter());
            RetentionPeriod period = value == null ? configured.get(target)
                    : RetentionPeriod.parse("Job parameter " + target.parameter(), value);
            period.cutoff(asOf).ifPresent(cutoff -> cutoffs.put(target, cutoff));
        }
        return new RetentionPolicy(asOf.toInstant(), dryRun, cutoffs);
    }

    /** What is older than this goes; empty when the target is off in this run. */
    public Optional<Instant> cutoff(RetentionTarget target) {
        return Optional.ofNullable(cutoffs.get(target));
    }

    /** The parameters retention takes. */
    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(List.of(AS_OF, DRY_RUN));
        Arrays.stream(RetentionTarget.values()).map(RetentionTarget::parameter).forEach(names::add);
        names.add(CHUNK_SIZE);
        return names;
    }

    /** Items per chunk: a whole number from 1 to {@value #MAX_CHUNK_SIZE}; null when not given. */
    static Integer chunkSize(String value) {
        return JobParameters.wholeNumber("Job parameter " + CHUNK_SIZE, value, 1, MAX_CHUNK_SIZE);
    }

    private static ZonedDateTime asOf(String value, ZoneId zone, Instant now) {
        if (value == null) {
            return now.atZone(zone);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter asOf must be an ISO day such as 2026-11-25, not '" + value + "'");
        }
        if (day.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new IllegalArgumentException("Job parameter asOf must not be in the future (" + value + ", zone " + zone + ")");
        }
        return day.atStartOfDay(zone);
    }

    @Override
    public String toString() {
        return (dryRun ? "dry run" : "run") + " as of " + asOf + ": " + Arrays.stream(RetentionTarget.values())
                .map(t -> t.parameter() + " " + cutoff(t).map(c -> "before " + c).orElse("off"))
                .collect(Collectors.joining(", "));
    }
}
