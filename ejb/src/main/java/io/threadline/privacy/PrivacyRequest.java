package io.threadline.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A customer's request about their data, as it was answered: an export of everything held about them, or their
 * erasure. Who entered it, why, who approved an erasure, when, and what was done; kept after the customer is gone.
 */
@Entity
@Table(name = "PRIVACY_REQUEST", indexes = @Index(name = "IX_PRIVACY_REQUEST_CUSTOMER", columnList = "CUSTOMER_ID"))
public class PrivacyRequest {

    public enum Type { EXPORT, ERASURE }

    static final int MAX_REASON = 500;
    static final int MAX_NAME = 100;

    @Id
    @SequenceGenerator(name = "PrivacyRequestSeq", sequenceName = "PRIVACY_REQUEST_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PrivacyRequestSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUEST_TYPE", length = 10, nullable = false)
    private Type type;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "REASON", length = MAX_REASON, nullable = false)
    private String reason;

    @Column(name = "REQUESTED_BY", length = MAX_NAME, nullable = false)
    private String requestedBy;

    @Column(name = "APPROVED_BY", length = MAX_NAME)
    private String approvedBy;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "OUTCOME", length = 1000)
    private String outcome;

    protected PrivacyRequest() {
    }

    PrivacyRequest(Type type, long customerId, String reason, String requestedBy, String approvedBy, Instant receivedAt) {
        this.type = type;
        this.customerId = customerId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.approvedBy = approvedBy;
        this.receivedAt = receivedAt;
    }

    void answered(String outcome) {
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    PrivacyRequestView view() {
        return new PrivacyRequestView(id, type.name(), customerId, reason, requestedBy, approvedBy, receivedAt, outcome);
    }
}
