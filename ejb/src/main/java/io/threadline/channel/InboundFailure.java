package io.threadline.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Why the last delivery of a queued message failed, kept apart from the rolled-back processing so
 * that an admin can see the reason once the message lands on the exception destination.
 */
@Entity
@Table(name = "INBOUND_FAILURE")
public class InboundFailure {

    @Id
    @Column(name = "MESSAGE_ID", length = 100)
    private String messageId;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Lob
    @Column(name = "REASON")
    private String reason;

    @Column(name = "FAILED_AT", nullable = false)
    private Instant failedAt;

    protected InboundFailure() {
    }

    public InboundFailure(String messageId) {
        this.messageId = messageId;
    }

    public void attemptFailed(int attempt, String why, Instant at) {
        this.attempts = Math.max(attempts, attempt);
        this.reason = why;
        this.failedAt = at;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
