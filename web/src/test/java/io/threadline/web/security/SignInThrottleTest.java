package io.threadline.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Free failures, then pauses that double, then a lock; per name and per address; a success clears the name. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final String HOME = "192.0.2.10";

    private final SignInThrottle throttle = new SignInThrottle(3, 6, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private void fail(String account, String address, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address, at);
        }
    }

    @Test
    void theFirstFailuresCostNothingThenEachPauseIsTwiceTheOneBefore() {
        fail("alice", HOME, 2, T0);
        assertEquals(Optional.empty(), throttle.waitBefore("alice", HOME, T0));
        fail("alice", HOME, 1, T0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("alice", HOME, T0));
        fail("alice", HOME, 1, T0);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore("alice", HOME, T0));
        fail("alice", HOME, 1, T0);
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitBefore("alice", HOME, T0));
        assertEquals(Optional.empty(), throttle.waitBefore("alice", HOME, T0.plusSeconds(4)), "the pause is over");
    }

    @Test
    void enoughFailuresLockTheNameForTheLockDurationWhateverTheAddress() {
        fail("Bob", HOME, 6, T0);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("bob", "198.51.100.7", T0), "names ignore case");
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.waitBefore("bob", "198.51.100.7", T0.plus(Duration.ofMinutes(10))));
        assertEquals(Optional.empty(), throttle.waitBefore("bob", "198.51.100.7", T0.plus(Duration.ofMinutes(15))));
        assertEquals(Optional.empty(), throttle.waitBefore("carol", HOME, T0), "another name from the same address is not locked");
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "203.0.113.5", T0);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("alice", "203.0.113.5", T0));
        assertEquals(Optional.empty(), throttle.waitBefore("alice", HOME, T0));
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenAndASuccessClearsTheName() {
        fail("dave", HOME, 5, T0);
        fail("dave", HOME, 1, T0.plus(Duration.ofMinutes(16)));
        assertEquals(Optional.empty(), throttle.waitBefore("dave", HOME, T0.plus(Duration.ofMinutes(16))),
                "one failure in a new window");
        fail("erin", "198.51.100.8", 5, T0);
        throttle.succeeded("erin");
        assertEquals(Optional.empty(), throttle.waitBefore("erin", "203.0.113.9", T0));
    }

    @Test
    void aNameNobodyHasIsTreatedLikeAnyOther() {
        fail("no-such-user", HOME, 6, T0);
        fail("alice", "198.51.100.9", 6, T0);
        assertEquals(throttle.waitBefore("alice", "198.51.100.10", T0), throttle.waitBefore("no-such-user", "198.51.100.10", T0));
    }
}
