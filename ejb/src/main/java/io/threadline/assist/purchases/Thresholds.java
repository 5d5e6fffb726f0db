package io.threadline.assist.purchases;

import java.time.Duration;

/**
 * What makes an association worth suggesting: seen at least {@code minTogether} times (support), in at least
 * {@code minConfidence} of the cases, at least {@code minLift} times more often than by chance; "next purchase" looks
 * {@code window} ahead.
 */
public record Thresholds(int minTogether, double minConfidence, double minLift, Duration window) {

    public Thresholds {
        if (minTogether < 1) {
            throw new IllegalArgumentException("minTogether must be at least 1");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1");
        }
        if (minLift < 0) {
            throw new IllegalArgumentException("minLift must not be negative");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }
}
