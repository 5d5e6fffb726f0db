package io.threadline.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An ERP message applied (or found stale): its id is never applied again. */
@Entity
@Table(name = "ERP_MESSAGE_RECEIPT")
public class ErpMessageReceipt {

    public enum Outcome { APPLIED, STALE }

    @Id
    @Column(name = "MESSAGE_ID", length = ErpMessageReader.MAX_ID_LENGTH)
    private String messageId;

    @Column(name = "MESSAGE_TYPE", length = 40, nullable = false)
    private String type;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    /** When it was applied (or found stale): with {@code receivedAt}, how long it waited and took. */
    @Column(name = "APPLIED_AT")
    private Instant appliedAt;

    @Column(name = "OUTCOME", length = 10)
    private String outcome;

    protected ErpMessageReceipt() {
    }

    public ErpMessageReceipt(ErpMessage message, Instant receivedAt) {
        this.messageId = message.id();
        this.type = message.type().wireName();
        this.receivedAt = receivedAt;
    }

    void outcome(Outcome outcome) {
        this.outcome = outcome.name();
        appliedAt = Instant.now();
    }
}
