package io.threadline.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Facts added up in memory before they are written: one entry per key however many items counted under it, a
 * duration's as one histogram.
 */
public final class FactTally {

    /** A fact as it is written: how many, their sum, and a duration's buckets ({@link Histogram#encoded}; else null). */
    record Entry(FactKey key, long n, long total, String buckets) {
    }

    private final Map<FactKey, long[]> sums = new HashMap<>();
    private final Map<FactKey, Histogram> durations = new HashMap<>();

    public void add(FactKey key, long n, long total) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += n;
        sum[1] += total;
    }

    public void addDuration(FactKey key, long seconds) {
        durations.computeIfAbsent(key, k -> new Histogram()).add(seconds);
    }

    /** Adds a histogram kept as {@link Histogram#encoded} text, of {@code n} durations summing to {@code seconds}. */
    void addHistogram(FactKey key, String encoded, long n, long seconds) {
        durations.computeIfAbsent(key, k -> new Histogram()).addEncoded(encoded, n, seconds);
    }

    public void addAll(FactTally other) {
        other.sums.forEach((key, sum) -> add(key, sum[0], sum[1]));
        other.durations.forEach((key, histogram) -> durations.computeIfAbsent(key, k -> new Histogram()).addAll(histogram));
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(size());
        sums.forEach((key, sum) -> entries.add(new Entry(key, sum[0], sum[1], null)));
        durations.forEach((key, histogram) -> entries.add(new Entry(key, histogram.count(), histogram.totalSeconds(), histogram.encoded())));
        return entries;
    }

    public int size() {
        return sums.size() + durations.size();
    }
}
