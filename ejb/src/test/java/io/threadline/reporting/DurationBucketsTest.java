package io.threadline.reporting;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationBucketsTest {

    @Test
    void everyDurationUpToAYearIsReadBackWithinOnePercent() {
        for (long seconds = 1; seconds < 366L * 24 * 3600; seconds = seconds < 5000 ? seconds + 1 : seconds + seconds / 997) {
            double read = DurationBuckets.valueOf(DurationBuckets.bucketOf(seconds));
            assertTrue(Math.abs(read - seconds) <= 0.01 * seconds, seconds + " read back as " + read);
        }
        assertEquals(0, DurationBuckets.valueOf(DurationBuckets.bucketOf(0)));
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DurationBuckets.bucketOf(-1));
    }

    @Test
    void theMedianOfAHistogramIsTheNearestRankValue() {
        Histogram histogram = new Histogram();
        for (long seconds : new long[]{60, 120, 180, 240, 3600}) {
            histogram.add(seconds);
        }
        assertEquals(180, histogram.percentile(0.5), 1.8);
        assertEquals(3600, histogram.percentile(0.9), 36);
        assertEquals(840, histogram.averageSeconds(), 0.001);
    }
}
