package io.threadline.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * When the ERP says something changed: its {@code occurredAt}, then its {@code version} when it gives one. An update
 * stamped older than what is stored never overwrites it, whatever order the messages arrive in.
 */
@Embeddable
public class SourceStamp {

    @Column(name = "SOURCE_AT")
    private Instant occurredAt;

    @Column(name = "SOURCE_VERSION")
    private Long version;

    protected SourceStamp() {
    }

    public SourceStamp(Instant occurredAt, Long version) {
        this.occurredAt = occurredAt;
        this.version = version;
    }

    /**
     * True when this stamp is older than {@code other} (null: nothing is stored yet). Versions decide between stamps
     * of the same instant; at the same instant without versions the later arrival wins.
     */
    public boolean isOlderThan(SourceStamp other) {
        if (other == null || other.occurredAt == null) {
            return false;
        }
        int byTime = occurredAt.compareTo(other.occurredAt);
        if (byTime != 0) {
            return byTime < 0;
        }
        return version != null && other.version != null && version < other.version;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long version() {
        return version;
    }
}
