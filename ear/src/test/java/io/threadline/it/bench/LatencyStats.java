package io.threadline.it.bench;

import java.util.Arrays;
import java.util.Locale;

/** Throughput and latency percentiles of one benchmark run. */
record LatencyStats(String name, int count, double seconds, long p50, long p95, long p99, long max) {

    static LatencyStats of(String name, long[] latenciesMillis, double seconds) {
        long[] sorted = latenciesMillis.clone();
        Arrays.sort(sorted);
        return new LatencyStats(name, sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    double perSecond() {
        return count / seconds;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %d | %d | %d | %d |",
                name, count, seconds, perSecond(), p50, p95, p99, max);
    }

    static String header() {
        return "| run | messages | seconds | msg/s | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- | --- |";
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
