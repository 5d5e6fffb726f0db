package io.threadline.sla;

import java.time.Instant;

/** A warning or breach of one target that fell due at {@code dueAt}. */
public record SlaDue(SlaTarget target, Kind kind, Instant dueAt) {

    public enum Kind {
        WARNING,
        BREACH
    }
}
