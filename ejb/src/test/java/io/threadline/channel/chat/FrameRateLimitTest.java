package io.threadline.channel.chat;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameRateLimitTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void aBurstUpToTheLimitPassesAndTheNextFrameIsRefused() {
        FrameRateLimit limit = new FrameRateLimit(60, now::get);
        for (int i = 0; i < 60; i++) {
            assertTrue(limit.tryAcquire(), "frame " + i);
        }
        assertFalse(limit.tryAcquire());
    }

    @Test
    void theAllowanceComesBackEvenlyOverAMinute() {
        FrameRateLimit limit = new FrameRateLimit(60, now::get);
        for (int i = 0; i < 60; i++) {
            limit.tryAcquire();
        }
        now.addAndGet(1_000_000_000L);
        assertTrue(limit.tryAcquire(), "one frame a second");
        assertFalse(limit.tryAcquire());
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 60; i++) {
            assertTrue(limit.tryAcquire(), "never more than the limit saved up, frame " + i);
        }
        assertFalse(limit.tryAcquire());
    }
}
