package io.threadline.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An address gets a minute's requests at once, then one more each time the minute's rate frees one; others are apart. */
class PublicRateLimitTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aBurstPassesThenTheRateHolds() {
        PublicRateLimit limit = new PublicRateLimit(60);
        for (int i = 0; i < 60; i++) {
            assertEquals(Optional.empty(), limit.take("198.51.100.7", T0), "request " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), limit.take("198.51.100.7", T0), "the 61st waits a second");
        assertEquals(Optional.empty(), limit.take("203.0.113.9", T0), "another address is counted apart");
        assertEquals(Optional.of(Duration.ofMillis(500)), limit.take("198.51.100.7", T0.plusMillis(500)));
        assertEquals(Optional.empty(), limit.take("198.51.100.7", T0.plusSeconds(1)), "a second later one is free");
        assertEquals(Optional.of(Duration.ofSeconds(1)), limit.take("198.51.100.7", T0.plusSeconds(1)));
        for (int i = 0; i < 60; i++) {
            assertEquals(Optional.empty(), limit.take("198.51.100.7", T0.plusSeconds(120)), "after a quiet while the burst is back");
        }
    }
}
