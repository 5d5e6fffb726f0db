package io.threadline.reporting;

/**
 * Durations kept as histograms with buckets that grow by 2% each: any percentile read from them is within 1% of the
 * exact one (bucket 0 holds zero seconds). A range of days adds its histograms, so its median is as exact as a day's.
 */
public final class DurationBuckets {

    static final double GROWTH = 1.02;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private DurationBuckets() {
    }

    /** Bucket k ≥ 1 holds the seconds in [GROWTH^(k-1), GROWTH^k). */
    public static int bucketOf(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + seconds);
        }
        if (seconds == 0) {
            return 0;
        }
        return (int) Math.floor(Math.log(seconds) / LOG_GROWTH) + 1;
    }

    /** The value a bucket stands for: the middle of its bounds, within 1% of every value in it. */
    public static double valueOf(int bucket) {
        if (bucket == 0) {
            return 0;
        }
        double low = Math.pow(GROWTH, bucket - 1);
        double high = Math.pow(GROWTH, bucket);
        return 2 * low * high / (low + high);
    }
}
