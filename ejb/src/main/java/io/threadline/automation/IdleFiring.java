package io.threadline.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * An idle rule fired for a conversation's idle stretch (the one that began at {@code lastActivityAt}). Unique, so that
 * two servers sweeping at once, or a sweep after a restart, never fire a rule twice for the same stretch.
 */
@Entity
@Table(name = "AUTOMATION_IDLE_FIRING", uniqueConstraints = @UniqueConstraint(name = "UQ_IDLE_FIRING",
        columnNames = {"CONVERSATION_ID", "RULE_NAME", "LAST_ACTIVITY_AT"}))
public class IdleFiring {

    @Id
    @SequenceGenerator(name = "IdleFiringSeq", sequenceName = "AUTOMATION_IDLE_FIRING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IdleFiringSeq")
    private Long id;

    @Column(name = "CONVERSATION_ID", nullable = false)
    private long conversationId;

    @Column(name = "RULE_NAME", length = 100, nullable = false)
    private String rule;

    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "FIRED_AT", nullable = false)
    private Instant firedAt;

    protected IdleFiring() {
    }

    IdleFiring(long conversationId, String rule, Instant lastActivityAt) {
        this.conversationId = conversationId;
        this.rule = rule;
        this.lastActivityAt = lastActivityAt;
        this.firedAt = Instant.now();
    }
}
