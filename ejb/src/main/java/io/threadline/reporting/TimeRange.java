package io.threadline.reporting;

import java.time.Instant;

/** The instants from {@code from} (included) to {@code to} (not): a range of a day's hours the job counts. */
record TimeRange(Instant from, Instant to) {

    /** Whether {@code at} is in the range; never when there is no {@code at}. */
    boolean holds(Instant at) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }
}
