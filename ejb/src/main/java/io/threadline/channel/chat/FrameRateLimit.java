package io.threadline.channel.chat;

import java.util.function.LongSupplier;

/**
 * How many frames one socket may send: a bucket of {@code perMinute} frames that refills evenly over a minute,
 * so a burst is fine and a flood is cut off.
 */
public final class FrameRateLimit {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final LongSupplier clock;
    private double available;
    private long last;

    public FrameRateLimit(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalStateException("crm.channels.chat.max-frames-per-minute must be at least 1");
        }
        this.capacity = perMinute;
        this.clock = nanoClock;
        this.available = perMinute;
        this.last = nanoClock.getAsLong();
    }

    public synchronized boolean tryAcquire() {
        long now = clock.getAsLong();
        available = Math.min(capacity, available + (now - last) * capacity / NANOS_PER_MINUTE);
        last = now;
        if (available < 1) {
            return false;
        }
        available--;
        return true;
    }
}
