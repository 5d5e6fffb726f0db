package io.threadline.sla;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time during which a calendar is open, [start, end). */
record OpenSpan(Instant start, Instant end) {

    Duration length() {
        return Duration.between(start, end);
    }

    OpenSpan notBefore(Instant instant) {
        return start.isBefore(instant) ? new OpenSpan(instant, end) : this;
    }
}
