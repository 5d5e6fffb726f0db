package io.threadline.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** A breach kept on the conversation for good (a clock's own record ends when its next cycle starts). */
@Embeddable
public class RecordedBreach {

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", length = 20, nullable = false)
    private SlaTarget target;

    @Column(name = "DUE_AT", nullable = false)
    private Instant at;

    protected RecordedBreach() {
    }

    public RecordedBreach(SlaTarget target, Instant at) {
        this.target = target;
        this.at = at;
    }

    public SlaTarget target() {
        return target;
    }

    public Instant at() {
        return at;
    }
}
