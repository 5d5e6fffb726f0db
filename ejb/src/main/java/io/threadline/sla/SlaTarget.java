package io.threadline.sla;

import java.time.Duration;

/** What an SLA promises, each measured in business time. */
public enum SlaTarget {
    FIRST_RESPONSE("firstResponse"),
    NEXT_RESPONSE("nextResponse"),
    RESOLUTION("resolution");

    private final String field;

    SlaTarget(String field) {
        this.field = field;
    }

    /** The target's key in a policy's {@code targets} JSON. */
    public String field() {
        return field;
    }

    /** This target's duration in {@code targets}, or null if the policy sets none. */
    public Duration of(SlaTargets targets) {
        return switch (this) {
            case FIRST_RESPONSE -> targets.firstResponse();
            case NEXT_RESPONSE -> targets.nextResponse();
            case RESOLUTION -> targets.resolution();
        };
    }
}
