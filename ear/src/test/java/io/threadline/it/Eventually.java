package io.threadline.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for an asynchronous outcome (a queued message reaching the timeline) without fixed sleeps. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T get(String what, Duration limit, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + limit.toSeconds() + "s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
