package io.threadline.it.bench;

import io.threadline.it.BatchJobs;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * nightly-analytics over the generated history, started through Liberty's batch REST API as otto: each quiet day in
 * turn, then the busy day, whose time from submission to COMPLETED is measured with the server's heap watched.
 */
final class NightlyAnalyticsRun {

    private static final Duration LIMIT = Duration.ofHours(2);

    private final BatchJobs jobs;

    NightlyAnalyticsRun(URL base) {
        jobs = new BatchJobs(base);
    }

    /** The runs' lines for the results. */
    String run(AnalyticsHistory history) throws Exception {
        double quietTotal = 0;
        double quietMax = 0;
        for (LocalDate day = history.firstDay(); day.isBefore(history.busy); day = day.plusDays(1)) {
            double seconds = analyse(day);
            quietTotal += seconds;
            quietMax = Math.max(quietMax, seconds);
        }
        HeapWatch heap = HeapWatch.start();
        double busy = analyse(history.busy);
        HeapWatch.Reading reading = heap.stop();
        return String.format(Locale.ROOT, """
                nightly-analytics, %d quiet days of %,d interactions: %.1f s each on average, %.1f s at most
                nightly-analytics, **busy day of %,d interactions** (%s): **%.1f s** from submission to COMPLETED = %,.0f interactions/s
                busy day's heap: %s""",
                history.quietDays, history.quietDay, history.quietDays == 0 ? 0 : quietTotal / history.quietDays, quietMax,
                history.busyDay, history.busy, busy, history.busyDay / busy, reading.describe());
    }

    private double analyse(LocalDate day) {
        return jobs.secondsToComplete("nightly-analytics", Map.of("date", day.toString()), LIMIT);
    }
}
