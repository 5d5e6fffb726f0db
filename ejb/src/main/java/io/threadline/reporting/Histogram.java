package io.threadline.reporting;

import java.util.Map;
import java.util.TreeMap;

/** Durations added up from the facts' buckets: their count, exact sum, and percentiles within 1%. */
final class Histogram {

    private final TreeMap<Integer, Long> buckets = new TreeMap<>();
    private long count;
    private long totalSeconds;

    void add(int bucket, long n, long seconds) {
        buckets.merge(bucket, n, Long::sum);
        count += n;
        totalSeconds += seconds;
    }

    long count() {
        return count;
    }

    Double averageSeconds() {
        return count == 0 ? null : (double) totalSeconds / count;
    }

    /** The nearest-rank percentile: the value of the ⌈p·n⌉-th smallest duration's bucket. */
    Double percentile(double p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return DurationBuckets.valueOf(bucket.getKey());
            }
        }
        throw new IllegalStateException("the buckets hold fewer than " + count + " durations");
    }
}
