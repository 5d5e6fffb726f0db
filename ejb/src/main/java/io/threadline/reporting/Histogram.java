package io.threadline.reporting;

import java.util.Map;
import java.util.TreeMap;

/** Durations added up from the facts' buckets: their count, exact sum, and percentiles within 1%. */
final class Histogram {

    private final TreeMap<Integer, Long> buckets = new TreeMap<>();
    private long count;
    private long totalSeconds;

    void add(long seconds) {
        buckets.merge(DurationBuckets.bucketOf(seconds), 1L, Long::sum);
        count++;
        totalSeconds += seconds;
    }

    void addAll(Histogram other) {
        other.buckets.forEach((bucket, n) -> buckets.merge(bucket, n, Long::sum));
        count += other.count;
        totalSeconds += other.totalSeconds;
    }

    /** Adds a histogram kept as {@link #encoded} text, of {@code n} durations summing to {@code seconds}. */
    void addEncoded(String encoded, long n, long seconds) {
        for (String bucket : encoded.split(",")) {
            int colon = bucket.indexOf(':');
            buckets.merge(Integer.parseInt(bucket, 0, colon, 10), Long.parseLong(bucket, colon + 1, bucket.length(), 10), Long::sum);
        }
        count += n;
        totalSeconds += seconds;
    }

    /**
     * The buckets as text, {@code bucket:count} in bucket order, comma-separated: at most about 2,200 buckets (a
     * duration of {@code Long.MAX_VALUE} seconds), so under 29,000 characters while no bucket counts 10 million.
     */
    String encoded() {
        StringBuilder text = new StringBuilder();
        buckets.forEach((bucket, n) -> text.append(text.isEmpty() ? "" : ",").append(bucket).append(':').append(n));
        return text.toString();
    }

    long totalSeconds() {
        return totalSeconds;
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
